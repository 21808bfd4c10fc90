package io.pinpipe.emulator.view;

import io.pinpipe.ui.Banner;
import atlantafx.base.theme.Styles;
import io.pinpipe.ui.Badge;
import io.pinpipe.ui.PaneHeader;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Emulator pane: settings on the left; on the right the counters, the throughput chart and the three
 * tables, refreshed five times a second from the run's buffer while it goes.
 */
public final class EmulatorView extends BorderPane {

    /** Five times a second: smooth to the eye, and at maximum pace it leaves the FX thread time for pulses. */
    private static final Duration TICK = Duration.millis(200);

    /**
     * @param stopKey the key that stops a run from any pane, named in Stop's tooltip
     * @param more    further actions after Stop, e.g. "Open Insights"
     */
    public EmulatorView(String title, String subtitle, EmulatorViewModel model, KeyCombination stopKey,
                        javafx.scene.Node... more) {
        var badge = new Badge();
        badge.setId("emulator-state");
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        model.phaseProperty().addListener((obs, old, phase) -> badge.show(phase));
        badge.show(model.phaseProperty().get());
        var actions = new java.util.ArrayList<javafx.scene.Node>(java.util.List.of(badge, startButton(model),
                pauseButton(model), stopButton(model, stopKey)));
        actions.addAll(java.util.List.of(more));
        setTop(new VBox(new PaneHeader(title, subtitle, actions.toArray(javafx.scene.Node[]::new)),
                error(model)));
        var tables = new LiveTablesView(model.rows(), table -> Bindings.createStringBinding(
                () -> table.topic(model.form().prefixProperty().get().strip()), model.form().prefixProperty()));
        VBox.setVgrow(tables, Priority.ALWAYS);
        var live = new VBox(12, new LiveStatsView(model.counters()), status(model), tables);
        live.setPadding(new Insets(0, 0, 0, 16));
        var settings = new EmulatorSettingsView(model);
        var split = new SplitPane(settings, scrolling(live));
        split.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(settings, false);
        split.setPadding(new Insets(0, 28, 20, 28));
        split.getStyleClass().add("emulator-split");
        setCenter(split);
        ticking(model);
        model.open();
    }

    /** In a short window the live column scrolls rather than squeezing its tables to nothing. */
    private static ScrollPane scrolling(VBox live) {
        var scroll = new ScrollPane(live) {
            @Override
            protected double computeMinWidth(double height) {
                // As narrow as the live column allows, no narrower: the divider stops there instead of cutting tiles.
                return live.minWidth(-1) + snappedLeftInset() + snappedRightInset() + 14;
            }
        };
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("emulator-live");
        return scroll;
    }

    /** Ticks only while a run goes, and once more after it ends so the final counts show. */
    private static void ticking(EmulatorViewModel model) {
        var timeline = new Timeline(new KeyFrame(TICK, event -> model.tick()));
        timeline.setCycleCount(Animation.INDEFINITE);
        model.liveProperty().addListener((obs, was, now) -> {
            if (now) {
                timeline.play();
            } else {
                timeline.stop();
            }
        });
    }

    private static Button startButton(EmulatorViewModel model) {
        var start = new Button("Start", new FontIcon(Feather.PLAY));
        start.setId("emulator-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(false);
        start.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.phaseProperty().get().active() || !model.form().valid().get(),
                model.phaseProperty(), model.form().valid()));
        start.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        start.setOnAction(event -> model.start());
        return start;
    }

    private static Button pauseButton(EmulatorViewModel model) {
        var pause = new Button("Pause", new FontIcon(Feather.PAUSE));
        pause.setId("emulator-pause");
        var paused = model.phaseProperty().isEqualTo(RunPhase.PAUSED);
        pause.textProperty().bind(Bindings.when(paused).then("Resume").otherwise("Pause"));
        paused.addListener((obs, was, now) -> pause.setGraphic(new FontIcon(now ? Feather.PLAY : Feather.PAUSE)));
        pause.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.phaseProperty().get().pausable() && model.phaseProperty().get() != RunPhase.PAUSED,
                model.phaseProperty()));
        pause.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        pause.setOnAction(event -> {
            if (model.phaseProperty().get() == RunPhase.PAUSED) {
                model.resume();
            } else {
                model.pause();
            }
        });
        return pause;
    }

    private static Button stopButton(EmulatorViewModel model, KeyCombination stopKey) {
        var stop = new Button("Stop", new FontIcon(Feather.SQUARE));
        stop.setId("emulator-stop");
        stop.getStyleClass().add(Styles.DANGER);
        stop.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.phaseProperty().get().active() || model.phaseProperty().get() == RunPhase.STOPPING,
                model.phaseProperty()));
        stop.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        stop.setTooltip(new Tooltip("Stop the run after sending what is in flight (" + stopKey.getDisplayText() + ", from any pane)"));
        stop.setOnAction(event -> model.stop());
        return stop;
    }

    private static Label status(EmulatorViewModel model) {
        var status = new Label();
        status.setId("emulator-message");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(model.messageProperty());
        status.visibleProperty().bind(model.messageProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        return status;
    }

    private static VBox error(EmulatorViewModel model) {
        var message = new Banner("emulator-error", Banner.Kind.DANGER, Feather.ALERT_TRIANGLE, null);
        message.descriptionProperty().bind(model.errorProperty());
        var box = new VBox(message);
        box.setPadding(new Insets(0, 28, 12, 28));
        box.visibleProperty().bind(model.errorProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
