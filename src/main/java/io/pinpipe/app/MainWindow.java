package io.pinpipe.app;

import io.pinpipe.ui.ThemeApplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.util.EnumMap;
import java.util.Map;

/** The main window: navigation on the left, the selected pane in the middle, the status bar below. */
final class MainWindow {

    private final AppContext context;
    private final MainViewModel model;
    private final Panes panes;
    private final Map<PaneId, Node> built = new EnumMap<>(PaneId.class);
    private final StackPane content = new StackPane();

    MainWindow(AppContext context) {
        this.context = context;
        this.model = new MainViewModel(context.settings());
        this.panes = new Panes(context, model);
    }

    void show(Stage stage) {
        var root = new BorderPane();
        root.setId("main-window");
        root.setLeft(new Sidebar(model, AppIcons.ofSize(64)));
        root.setCenter(content);
        root.setBottom(new StatusBar(panes.connectionText(), panes.connectionTone(), context.async().backgroundWork()));
        content.setId("pane-content");

        var scene = new Scene(root);
        ThemeApplier.apply(model.themeProperty().get(), scene);
        model.themeProperty().addListener((obs, old, theme) -> ThemeApplier.apply(theme, scene));
        model.paneProperty().addListener((obs, old, pane) -> showPane(pane));
        for (var pane : PaneId.values()) {
            // Ctrl+1..4 (Cmd on macOS) jump between panes, in the order of the navigation.
            var key = KeyCode.valueOf("DIGIT" + (pane.ordinal() + 1));
            scene.getAccelerators().put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN),
                    () -> model.paneProperty().set(pane));
        }
        showPane(model.paneProperty().get());

        stage.setTitle("Pinpipe");
        stage.getIcons().setAll(AppIcons.all());
        stage.setScene(scene);
        WindowPlacement.restoreAndTrack(stage, context.settings());
        FirstFrame.after(stage, panes::windowShown);
        StartupMarker.watch(stage);
        stage.show();
    }

    private void showPane(PaneId pane) {
        if (built.containsKey(pane)) {
            panes.shownAgain(pane);
        }
        var node = built.computeIfAbsent(pane, panes::build);
        content.getChildren().setAll(node);
    }
}
