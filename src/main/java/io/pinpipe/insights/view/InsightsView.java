package io.pinpipe.insights.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.core.Tone;
import io.pinpipe.ui.Badge;
import io.pinpipe.ui.Banner;
import io.pinpipe.ui.PaneHeader;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Insights pane: what to read on top, the eight questions on the left, the one selected as a chart (or its table)
 * on the right, the status line under them. A timer takes the run's newest answers four times a second.
 */
public final class InsightsView extends BorderPane {

    /** Four times a second at most: the answers move visibly, the window stays responsive. */
    static final Duration TICK = Duration.millis(250);

    private final ResultArea results;

    public InsightsView(String title, String subtitle, InsightsViewModel model) {
        var badge = new Badge();
        badge.setId("insights-state");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Runnable state = () -> badge.show(model.runningProperty().get() ? "Live" : model.startingProperty().get()
                ? "Starting…" : "Stopped", model.runningProperty().get() ? Tone.OK
                : model.startingProperty().get() ? Tone.BUSY : Tone.NEUTRAL);
        model.runningProperty().addListener((obs, old, now) -> state.run());
        model.startingProperty().addListener((obs, old, now) -> state.run());
        state.run();
        setTop(new VBox(new PaneHeader(title, subtitle, badge, start(model), stop(model), reset(model), export(model)),
                new InsightsControls(model),
                banner("insights-error", Banner.Kind.DANGER, Feather.ALERT_TRIANGLE, model.errorProperty()),
                banner("insights-problem", Banner.Kind.WARNING, Feather.WIFI_OFF, model.problemProperty())));
        results = new ResultArea(model);
        var questions = QuestionList.of(model);
        var split = new SplitPane(questions, results);
        split.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(questions, false);
        split.setPadding(new Insets(0, 28, 0, 28));
        setCenter(split);
        setBottom(StatusLine.of(model));
        ticking(model);
    }

    private static void ticking(InsightsViewModel model) {
        var timeline = new Timeline(new KeyFrame(TICK, event -> model.drain()));
        timeline.setCycleCount(Animation.INDEFINITE);
        if (model.runningProperty().get()) {
            timeline.play(); // started before the view was made (sent here from the Emulator)
        }
        model.runningProperty().addListener((obs, was, now) -> {
            if (now) {
                timeline.play();
            } else {
                timeline.stop();
            }
        });
    }

    private static Button start(InsightsViewModel model) {
        var start = new Button("Start", new FontIcon(Feather.PLAY));
        start.setId("insights-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.disableProperty().bind(model.runningProperty().or(model.startingProperty()));
        start.setOnAction(event -> model.start());
        return start;
    }

    private static Button stop(InsightsViewModel model) {
        var stop = new Button("Stop", new FontIcon(Feather.SQUARE));
        stop.setId("insights-stop");
        stop.getStyleClass().add(Styles.DANGER);
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.disableProperty().bind(model.runningProperty().not().and(model.startingProperty().not()));
        stop.setOnAction(event -> model.stop());
        return stop;
    }

    private static Button reset(InsightsViewModel model) {
        var reset = new Button("Reset", new FontIcon(Feather.ROTATE_CCW));
        reset.setId("insights-reset");
        reset.setMinWidth(Region.USE_PREF_SIZE);
        reset.disableProperty().bind(model.snapshotProperty().isNull().and(model.runningProperty().not()));
        reset.setOnAction(event -> model.reset());
        return reset;
    }

    private static Button export(InsightsViewModel model) {
        var export = new Button("Export for Spark…", new FontIcon(Feather.SHARE));
        export.setId("insights-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(model.sparkExportReady().not());
        export.setOnAction(event -> SparkExportDialog.show(export.getScene().getWindow(),
                model.sparkExport(java.nio.file.Path.of(System.getProperty("user.home")))));
        return export;
    }

    private static VBox banner(String id, Banner.Kind kind, org.kordamp.ikonli.Ikon icon, ObservableStringValue text) {
        var message = new Banner(id, kind, icon, null);
        message.descriptionProperty().bind(text);
        var box = new VBox(message);
        box.setPadding(new Insets(0, 28, 12, 28));
        box.visibleProperty().bind(Bindings.createBooleanBinding(() -> !text.get().isEmpty(), text));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    ResultArea results() {
        return results;
    }
}
