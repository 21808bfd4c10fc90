package io.pinpipe.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * How a dialog's background work goes: a progress bar and a stop button that show only while it runs, and a status
 * line between them that wraps rather than cuts. Ids are {@code PREFIX-progress}, {@code PREFIX-status} and
 * {@code PREFIX-STOPWORD} ({@code export-cancel}, {@code produce-stop}).
 */
public final class WorkRow {

    /** The three pieces, for the dialog to place in its own row. */
    public record Parts(ProgressBar bar, Label status, Button stop) {
    }

    private WorkRow() {
    }

    public static Parts of(String idPrefix, String stopWord, double barWidth, ObservableNumberValue progress,
                           ObservableBooleanValue running, ObservableStringValue status, Runnable stop) {
        var bar = new ProgressBar();
        bar.setId(idPrefix + "-progress");
        bar.setPrefWidth(barWidth);
        bar.progressProperty().bind(progress);
        bar.visibleProperty().bind(running);
        bar.managedProperty().bind(running);
        var line = new Label();
        line.setId(idPrefix + "-status");
        line.setWrapText(true);
        line.setMinWidth(0);
        line.setMaxWidth(Double.MAX_VALUE);
        line.getStyleClass().add(Styles.TEXT_MUTED);
        line.textProperty().bind(status);
        HBox.setHgrow(line, Priority.ALWAYS);
        var button = new Button(stopWord);
        button.setId(idPrefix + "-" + stopWord.toLowerCase(java.util.Locale.ROOT));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.visibleProperty().bind(running);
        button.managedProperty().bind(running);
        button.setOnAction(event -> stop.run());
        return new Parts(bar, line, button);
    }
}
