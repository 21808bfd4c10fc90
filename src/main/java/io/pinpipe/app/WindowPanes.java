package io.pinpipe.app;

import io.pinpipe.root.Services;
import io.pinpipe.ui.Async;
import io.pinpipe.workbench.Navigator;
import io.pinpipe.workbench.Pane;
import io.pinpipe.workbench.SandboxControl;
import io.pinpipe.workbench.Workbench;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The panes of one window: what each is given ({@link Workbench}), how they send the user to each other
 * ({@link Navigator}), and which one shows. Each pane is built on its first visit and kept.
 */
final class WindowPanes implements Workbench, Navigator {

    private final AppContext context;
    private final MainViewModel model;
    private final Map<String, Pane> panes = new LinkedHashMap<>();
    private final Map<String, Node> built = new HashMap<>();
    private final StackPane content = new StackPane();
    private SandboxControl sandbox;

    WindowPanes(AppContext context, List<Pane> panes, MainViewModel model) {
        this.context = context;
        this.model = model;
        panes.forEach(pane -> this.panes.put(pane.info().key(), pane));
        content.setId("pane-content");
        this.panes.values().forEach(pane -> pane.install(this));
        if (sandbox == null) {
            throw new IllegalStateException("No pane offered the local sandbox: the window needs the Sandbox pane");
        }
        model.paneProperty().addListener((obs, old, key) -> showPane(key));
        showPane(model.paneProperty().get());
    }

    StackPane content() {
        return content;
    }

    List<Pane> all() {
        return List.copyOf(panes.values());
    }

    /** After the window's first frame. */
    void windowShown() {
        panes.values().forEach(Pane::windowShown);
    }

    private void showPane(String key) {
        var pane = Optional.ofNullable(panes.get(key)).orElseGet(() -> panes.values().iterator().next());
        if (built.containsKey(key)) {
            pane.shownAgain();
        }
        var node = built.computeIfAbsent(pane.info().key(), k -> {
            var view = pane.view(this);
            view.setId("pane-" + k);
            return view;
        });
        content.getChildren().setAll(node);
    }

    @Override
    public void show(String paneKey, Target target) {
        var pane = panes.get(paneKey);
        if (pane == null) {
            throw new IllegalArgumentException("No pane '" + paneKey + "'");
        }
        pane.open(target);
        model.paneProperty().set(paneKey);
    }

    /** Ctrl+N, N the pane's place in the sidebar; Cmd on macOS. */
    @Override
    public String shortcut(String paneKey) {
        var index = List.copyOf(panes.keySet()).indexOf(paneKey);
        return index < 0 || index > 8 ? "" : Shortcuts.label(index + 1);
    }

    @Override
    public Services services() {
        return context.services();
    }

    @Override
    public Async async() {
        return context.async();
    }

    @Override
    public Navigator navigator() {
        return this;
    }

    @Override
    public SandboxControl sandbox() {
        return sandbox;
    }

    @Override
    public void offerSandbox(SandboxControl sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public void beforeClose(Runnable action) {
        context.beforeClose(action);
    }
}
