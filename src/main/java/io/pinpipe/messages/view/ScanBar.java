package io.pinpipe.messages.view;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Under the filter: how the scan goes (progress bar against the estimate, "Scanned … · matched … · MB · msg/s") or
 * how the tail goes (rate, counts, Pause/Resume), and on the right the pages (Older, page N, Newer) and the actions.
 */
final class ScanBar {

    private ScanBar() {
    }

    /** The progress on the left takes what the pages and actions leave, its lines wrapping rather than cut. */
    static HBox build(MessagesViewModel model, Region... actions) {
        var left = left(model);
        HBox.setHgrow(left, Priority.ALWAYS);
        var right = right(model, actions);
        right.setMinWidth(Region.USE_PREF_SIZE);
        var row = new HBox(12, left, right);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(0, 28, 8, 28));
        return row;
    }

    private static VBox left(MessagesViewModel model) {
        var search = model.search();
        var live = model.live();
        var bar = new ProgressBar();
        bar.setId("messages-progress");
        bar.setPrefWidth(140);
        bar.setMinWidth(80);
        bar.progressProperty().bind(search.progressProperty());
        bar.visibleProperty().bind(search.scanningProperty());
        bar.managedProperty().bind(search.scanningProperty());
        var line = new Label();
        line.setId("messages-progress-line");
        line.getStyleClass().add("mono");
        line.setMinWidth(0);
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.textProperty().bind(Bindings.when(live.runningProperty())
                .then(Bindings.concat(live.rateProperty(), " · ", live.countsProperty()))
                .otherwise(search.progressLineProperty()));
        var pause = new Button();
        pause.setId("messages-pause");
        pause.getStyleClass().add(Styles.SMALL);
        pause.setMinWidth(Region.USE_PREF_SIZE);
        pause.textProperty().bind(Bindings.when(live.pausedProperty()).then("Resume").otherwise("Pause"));
        pause.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(live.pausedProperty().get()
                ? Feather.PLAY : Feather.PAUSE), live.pausedProperty()));
        pause.setTooltip(new Tooltip("Pause holds the table still while the tail keeps counting; "
                + "Resume shows the newest rows"));
        pause.visibleProperty().bind(live.runningProperty());
        pause.managedProperty().bind(live.runningProperty());
        pause.setOnAction(e -> live.togglePause());
        var top = new HBox(10, bar, pause, line);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setMinWidth(0);
        var status = new Label();
        status.setId("messages-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(Bindings.when(live.runningProperty()).then("Live: the newest "
                + MessageWords.count(LiveTail.KEEP) + " matches stay in the table, newest first.")
                .otherwise(search.statusProperty()));
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        var box = new VBox(2, top, status);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(0);
        box.setMinHeight(28);
        return box;
    }

    private static HBox right(MessagesViewModel model, Region... actions) {
        var search = model.search();
        var older = new Button("Older", new FontIcon(Feather.CHEVRON_LEFT));
        older.setId("messages-older");
        older.setTooltip(new Tooltip("The page of matches before these"));
        older.disableProperty().bind(search.hasOlderProperty().not().or(model.busyProperty()));
        older.setOnAction(e -> search.older());
        var newer = new Button("Newer", new FontIcon(Feather.CHEVRON_RIGHT));
        newer.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        newer.setId("messages-newer");
        newer.setTooltip(new Tooltip("The page of matches after these"));
        newer.disableProperty().bind(search.hasNewerProperty().not().or(model.busyProperty()));
        newer.setOnAction(e -> search.newer());
        var page = new Label();
        page.setId("messages-page");
        page.setMinWidth(Region.USE_PREF_SIZE);
        page.textProperty().bind(Bindings.createStringBinding(() -> {
            var n = search.pageNumberProperty().get();
            return n == 0 ? "" : n > 0 ? "page " + n : "page " + n + " (before the start)";
        }, search.pageNumberProperty()));
        for (var button : new Button[]{older, newer}) {
            button.getStyleClass().add(Styles.SMALL);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        var paging = new HBox(6, older, page, newer);
        paging.setAlignment(Pos.CENTER);
        var hidden = model.live().runningProperty();
        paging.visibleProperty().bind(hidden.not());
        var box = new HBox(12, paging);
        box.getChildren().addAll(actions);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }
}
