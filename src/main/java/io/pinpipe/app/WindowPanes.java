package io.pinpipe.app;

import io.pinpipe.root.Services;
import io.pinpipe.ui.Async;
import io.pinpipe.workbench.Navigator;
import io.pinpipe.core.Tone;
import io.pinpipe.workbench.Pane;
import io.pinpipe.workbench.PaneState;
import io.pinpipe.workbench.SandboxControl;
import io.pinpipe.workbench.SandboxUsers;
import io.pinpipe.workbench.Workbench;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
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
    private final Map<String, PaneState> states = new HashMap<>();
    private final ObjectProperty<PaneState> shown = new SimpleObjectProperty<>();
    private final StringProperty statusText = new SimpleStringProperty("");
    private final ObjectProperty<Tone> statusTone = new SimpleObjectProperty<>(Tone.NEUTRAL);
    private final InvalidationListener statusChanged = obs -> refreshStatus();
    private final StackPane content = new StackPane();
    private final SandboxUsers sandboxUsers = new SandboxUsers();
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
        sandbox.connectionText().addListener(statusChanged);
        sandbox.connectionTone().addListener(statusChanged);
        shown.addListener(statusChanged);
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
        shown.set(state(pane.info().key()));
    }

    /** The status bar's line: the connection the shown pane works on, or the sandbox's when it works on none. */
    ObservableStringValue connectionText() {
        return statusText;
    }

    ObservableObjectValue<Tone> connectionTone() {
        return statusTone;
    }

    private void refreshStatus() {
        var state = shown.get();
        var own = state != null && !state.connection().get().isEmpty();
        statusText.set(own ? state.connection().get() : sandbox.connectionText().get());
        statusTone.set(own ? state.connectionTone().get() : sandbox.connectionTone().get());
    }

    /** Keys of the shown pane first, then keys any pane answers from anywhere; before the focused control sees them. */
    void answerKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            var state = shown.get();
            var action = state == null ? null : match(state.keysWhileShown(), event);
            for (var each = states.values().iterator(); action == null && each.hasNext(); ) {
                action = match(each.next().keysAnywhere(), event);
            }
            if (action != null) {
                event.consume();
                action.run();
            }
        });
    }

    private static Runnable match(Map<javafx.scene.input.KeyCombination, Runnable> keys, KeyEvent event) {
        return keys.entrySet().stream().filter(entry -> entry.getKey().match(event))
                .map(Map.Entry::getValue).findFirst().orElse(null);
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
    public PaneState state(String paneKey) {
        return states.computeIfAbsent(paneKey, key -> {
            var state = new PaneState();
            state.connection().addListener(statusChanged);
            state.connectionTone().addListener(statusChanged);
            return state;
        });
    }

    @Override
    public SandboxUsers sandboxUsers() {
        return sandboxUsers;
    }

    @Override
    public void beforeClose(Runnable action) {
        context.beforeClose(action);
    }
}
