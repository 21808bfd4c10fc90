package io.pinpipe.ui;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * Two groups on one line, one left and one right; when the line is too narrow for both at their preferred widths,
 * the right group moves to a second line (still right-aligned) instead of squeezing its buttons to "...".
 */
public final class ToolRow extends Region {

    private final Region left;
    private final Region right;
    private final double gap;

    public ToolRow(Region left, Region right, double gap) {
        this.left = left;
        this.right = right;
        this.gap = gap;
        right.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(left, right);
    }

    private boolean oneLine(double width) {
        var inner = width - snappedLeftInset() - snappedRightInset();
        return width < 0 || left.prefWidth(-1) + gap + right.prefWidth(-1) <= inner;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + left.prefWidth(-1) + gap + right.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(left.minWidth(-1), right.minWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        var inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        var leftHeight = left.prefHeight(oneLine(width) || inner < 0 ? -1 : inner);
        var rightHeight = right.prefHeight(-1);
        var content = oneLine(width) ? Math.max(leftHeight, rightHeight) : leftHeight + gap + rightHeight;
        return snappedTopInset() + content + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        var x = snappedLeftInset();
        var y = snappedTopInset();
        var width = getWidth() - x - snappedRightInset();
        var rightWidth = right.prefWidth(-1);
        var rightHeight = right.prefHeight(-1);
        if (oneLine(getWidth())) {
            var leftWidth = Math.max(left.minWidth(-1), width - gap - rightWidth);
            var height = Math.max(left.prefHeight(leftWidth), rightHeight);
            layoutInArea(left, x, y, leftWidth, height, 0, javafx.geometry.HPos.LEFT, javafx.geometry.VPos.CENTER);
            layoutInArea(right, x + width - rightWidth, y, rightWidth, height, 0,
                    javafx.geometry.HPos.RIGHT, javafx.geometry.VPos.CENTER);
        } else {
            var leftHeight = left.prefHeight(width);
            layoutInArea(left, x, y, width, leftHeight, 0, javafx.geometry.HPos.LEFT, javafx.geometry.VPos.CENTER);
            layoutInArea(right, x + Math.max(0, width - rightWidth), y + leftHeight + gap, Math.min(width, rightWidth),
                    rightHeight, 0, javafx.geometry.HPos.RIGHT, javafx.geometry.VPos.CENTER);
        }
    }
}
