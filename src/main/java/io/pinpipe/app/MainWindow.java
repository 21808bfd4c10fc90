package io.pinpipe.app;

import io.pinpipe.ui.ThemeApplier;
import io.pinpipe.workbench.Navigator;
import io.pinpipe.workbench.Pane;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import java.util.List;
import java.util.stream.Collectors;

/** The main window: navigation on the left, the selected pane in the middle, the status bar below. */
final class MainWindow {

    private final AppContext context;
    private final MainViewModel model;
    private final WindowPanes panes;

    MainWindow(AppContext context, List<Pane> panes) {
        this.context = context;
        this.model = new MainViewModel(context.settings(),
                panes.stream().map(pane -> pane.info().key()).collect(Collectors.toSet()));
        this.panes = new WindowPanes(context, panes, model);
    }

    Navigator navigator() {
        return panes;
    }

    void show(Stage stage) {
        var root = new BorderPane();
        root.setId("main-window");
        root.setLeft(new Sidebar(model, panes.all(), panes::shortcut, panes::state, AppIcons.ofSize(64)));
        root.setCenter(panes.content());
        root.setBottom(new StatusBar(panes.connectionText(), panes.connectionTone(), context.async().backgroundWork()));

        var scene = new Scene(root);
        ThemeApplier.apply(model.themeProperty().get(), scene);
        model.themeProperty().addListener((obs, old, theme) -> ThemeApplier.apply(theme, scene));
        var all = panes.all();
        for (var i = 0; i < all.size() && i < 9; i++) {
            var key = all.get(i).info().key();
            scene.getAccelerators().put(Shortcuts.pane(i + 1), () -> model.paneProperty().set(key));
        }

        panes.answerKeys(scene);

        stage.setTitle("Pinpipe");
        stage.getIcons().setAll(AppIcons.all());
        stage.setScene(scene);
        WindowPlacement.restoreAndTrack(stage, context.settings());
        FirstFrame.after(stage, panes::windowShown);
        StartupMarker.watch(stage);
        stage.show();
    }
}
