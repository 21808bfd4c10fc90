package io.pinpipe.settings;

/** Where the main window was and how big; x and y are NaN until the window has been placed once. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public static final WindowBounds DEFAULT = new WindowBounds(Double.NaN, Double.NaN, 1280, 800, false);
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;

    public boolean hasPosition() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    /** Never restore a window smaller than usable, whatever the file says. */
    public WindowBounds sane() {
        var w = Double.isFinite(width) ? Math.max(width, MIN_WIDTH) : DEFAULT.width;
        var h = Double.isFinite(height) ? Math.max(height, MIN_HEIGHT) : DEFAULT.height;
        return new WindowBounds(x, y, w, h, maximized);
    }
}
