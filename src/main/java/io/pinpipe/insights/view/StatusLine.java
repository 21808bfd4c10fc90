package io.pinpipe.insights.view;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;

/**
 * Under the results: events read per topic, rows joined and waiting, duplicates dropped, the messages that could
 * not be read or cleaned (their reasons in a tooltip) and how far reading got (per partition, in a tooltip).
 */
final class StatusLine {

    private StatusLine() {
    }

    static FlowPane of(InsightsViewModel model) {
        var read = part("insights-read");
        var joined = part("insights-joined");
        var waiting = part("insights-waiting");
        var duplicates = part("insights-duplicates");
        var issues = part("insights-issues");
        var offsets = part("insights-offsets");
        var issuesTip = tip();
        var offsetsTip = tip();
        issues.setTooltip(issuesTip);
        offsets.setTooltip(offsetsTip);
        issues.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.INFO));
        offsets.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.INFO));
        issues.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        offsets.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        issues.graphicProperty().get().visibleProperty().bind(issues.textProperty().isNotEmpty());
        offsets.graphicProperty().get().visibleProperty().bind(offsets.textProperty().isNotEmpty());
        Runnable show = () -> {
            var words = model.statusProperty().get();
            read.setText(words.read());
            joined.setText(words.joined());
            waiting.setText(words.waiting());
            duplicates.setText(words.duplicates());
            issues.setText(words.issues().isEmpty() ? "" : words.issues());
            issuesTip.setText(words.issuesDetail());
            offsets.setText(words.offsets().isEmpty() ? "" : words.offsets());
            offsetsTip.setText(words.offsetsDetail());
            var bad = words.issues().isEmpty() || words.issues().startsWith("0 unreadable · 0 ");
            issues.getStyleClass().remove(Styles.WARNING);
            if (!bad) {
                issues.getStyleClass().add(Styles.WARNING);
            }
        };
        model.statusProperty().addListener((obs, old, now) -> show.run());
        show.run();
        var line = new FlowPane(16, 4, read, joined, waiting, duplicates, issues, offsets);
        line.setId("insights-status");
        line.setPadding(new Insets(8, 28, 12, 28));
        line.visibleProperty().bind(model.snapshotProperty().isNotNull());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private static Label part(String id) {
        var label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static Tooltip tip() {
        var tip = new Tooltip();
        tip.setShowDelay(Duration.millis(200));
        tip.setShowDuration(Duration.INDEFINITE);
        return tip;
    }
}
