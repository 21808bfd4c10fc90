package io.pinpipe.sandbox.view;

import io.pinpipe.core.Tone;
import io.pinpipe.sandbox.SandboxSession;
import io.pinpipe.sandbox.SandboxStartException;
import io.pinpipe.sandbox.SandboxStarted;
import io.pinpipe.sandbox.SandboxStatus;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.JobSlot;
import io.pinpipe.workbench.SandboxControl;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;


/** The sandbox broker as the Sandbox pane and the status bar show it; commands run in the background. */
public final class BrokerViewModel implements SandboxControl {

    private final SandboxSession sandbox;
    private final SettingsStore settings;
    private final Async async;

    private final ObjectProperty<BrokerState> state = new SimpleObjectProperty<>(BrokerState.UNKNOWN);
    /** What to say when the start under way succeeds, besides its own note (e.g. after a reset). */
    private String noteOnStart = "";
    private final StringProperty bootstrap = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty logTail = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressMessage = new SimpleStringProperty("");
    private final BooleanProperty keepRunning = new SimpleBooleanProperty();
    private final BooleanProperty startOnOpen = new SimpleBooleanProperty();
    private final PortField port;
    private final StringBinding connectionText = Bindings.createStringBinding(() -> {
        var address = bootstrap.get().isEmpty() ? "" : " · " + bootstrap.get();
        return "Local sandbox" + address + " · " + state.get().label().toLowerCase(java.util.Locale.ROOT);
    }, bootstrap, state);
    private final ObjectBinding<Tone> connectionTone = Bindings.createObjectBinding(() -> state.get().tone(), state);
    private final JobSlot runningStart = new JobSlot();

    public BrokerViewModel(SandboxSession sandbox, SettingsStore settings, Async async) {
        this.sandbox = sandbox;
        this.settings = settings;
        this.async = async;
        this.port = new PortField(settings);
        keepRunning.set(settings.get().keepSandboxRunning());
        keepRunning.addListener((obs, old, value) -> settings.update(s -> s.withKeepSandboxRunning(value)));
        startOnOpen.set(settings.get().startsSandboxOnOpen());
        startOnOpen.addListener((obs, old, value) -> settings.update(s -> s.withStartSandboxOnOpen(value)));
    }

    /** Reads the broker's state, which another process (the CLI) may have changed. */
    public void refresh() {
        async.job("Checking the sandbox broker", p -> sandbox.status())
                .onSuccess(this::show)
                .onError(e -> show(new SandboxStatus.Stopped()))
                .start();
    }

    public void start() {
        var current = state.get();
        if (current == BrokerState.STARTING || current == BrokerState.STOPPING || current == BrokerState.RUNNING
                || !port.valid()) {
            return;
        }
        state.set(BrokerState.STARTING);
        error.set("");
        logTail.set("");
        note.set("");
        progress.set(0);
        progressMessage.set("Starting");
        var preferredPort = port.value();
        runningStart.replace(async.job("Starting the sandbox broker",
                        p -> sandbox.start(preferredPort, p::update))
                .onProgress((fraction, message) -> {
                    progress.set(fraction);
                    progressMessage.set(message);
                })
                .onSuccess(this::started)
                .onError(this::failed)
                .onCancelled(() -> {
                    state.set(BrokerState.STOPPED);
                    note.set("Start cancelled.");
                }));
    }

    /**
     * Starts the broker unless it runs or is starting, then calls {@code then} once it runs, or {@code failed}
     * with why it did not start (on the FX thread, like every state change here).
     */
    @Override
    public void whenRunning(Runnable then, java.util.function.Consumer<String> failed) {
        if (state.get() == BrokerState.RUNNING) {
            then.run();
            return;
        }
        var waiting = new javafx.beans.value.ChangeListener<BrokerState>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends BrokerState> obs, BrokerState old, BrokerState now) {
                if (now == BrokerState.RUNNING) {
                    state.removeListener(this);
                    then.run();
                } else if (now == BrokerState.FAILED || now == BrokerState.STOPPED) {
                    state.removeListener(this);
                    failed.accept(error.get().isBlank() ? "The local sandbox did not start." : "The local sandbox did not start: " + error.get());
                }
            }
        };
        state.addListener(waiting);
        if (state.get() != BrokerState.STARTING) {
            start();
        }
        if (state.get() == BrokerState.STOPPING) {
            state.removeListener(waiting);
            failed.accept("The local sandbox is stopping: press Start again once it has stopped.");
        } else if (state.get() != BrokerState.STARTING && state.get() != BrokerState.RUNNING) {
            state.removeListener(waiting);
            failed.accept("The local sandbox's port is not valid (" + port.problemProperty().get() + "): fix it in the Sandbox pane.");
        }
    }

    public void cancelStart() {
        runningStart.cancel();
    }

    public void stop() {
        if (state.get() != BrokerState.RUNNING) {
            return;
        }
        state.set(BrokerState.STOPPING);
        async.job("Stopping the sandbox broker", p -> {
                    sandbox.stop();
                    return sandbox.status();
                })
                .onSuccess(this::show)
                .onError(e -> {
                    error.set(ErrorText.of(e));
                    refresh();
                })
                .start();
    }

    /**
     * Stops the broker and deletes its topics and records; a broker that ran before runs again afterwards, empty
     * (what streamed into it expects it up). The view asks the user first.
     */
    public void reset() {
        if (state.get().busy()) {
            return;
        }
        var wasRunning = state.get() == BrokerState.RUNNING;
        state.set(BrokerState.STOPPING);
        async.job("Resetting the sandbox", p -> {
                    sandbox.reset();
                    return sandbox.status();
                })
                .onSuccess(status -> {
                    show(status);
                    if (wasRunning) {
                        start();
                        // Said once it runs again: the start clears the note as it begins.
                        noteOnStart = "The sandbox broker's data was deleted; it runs again, empty.";
                    } else {
                        note.set("The sandbox broker's data was deleted.");
                    }
                })
                .onError(e -> {
                    error.set(ErrorText.of(e));
                    refresh();
                })
                .start();
    }

    private void started(SandboxStarted started) {
        bootstrap.set(started.bootstrap());
        note.set(started.note().map(moved -> noteOnStart.isEmpty() ? moved : noteOnStart + " " + moved).orElse(noteOnStart));
        noteOnStart = "";
        state.set(BrokerState.RUNNING);
        progress.set(1);
    }

    private void failed(Throwable e) {
        state.set(BrokerState.FAILED);
        error.set(ErrorText.of(e));
        if (e instanceof SandboxStartException startFailure) {
            logTail.set(String.join("\n", startFailure.logTail()));
        }
    }

    private void show(SandboxStatus status) {
        if (status instanceof SandboxStatus.Running running) {
            bootstrap.set(running.bootstrap());
            state.set(BrokerState.RUNNING);
        } else {
            bootstrap.set("");
            state.set(BrokerState.STOPPED);
        }
    }

    public ReadOnlyObjectProperty<BrokerState> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty bootstrapProperty() {
        return bootstrap;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty logTailProperty() {
        return logTail;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage;
    }

    public BooleanProperty keepRunningProperty() {
        return keepRunning;
    }

    public BooleanProperty startOnOpenProperty() {
        return startOnOpen;
    }

    public PortField port() {
        return port;
    }

    /** Whether the window should start the broker once it shows: the user's choice, and a port it can use. */
    public boolean startsOnOpen() {
        return startOnOpen.get() && port.valid();
    }

    /** "Local sandbox · 127.0.0.1:9092 · running", for the status bar. */
    @Override
    public StringBinding connectionText() {
        return connectionText;
    }

    @Override
    public ObjectBinding<Tone> connectionTone() {
        return connectionTone;
    }
}
