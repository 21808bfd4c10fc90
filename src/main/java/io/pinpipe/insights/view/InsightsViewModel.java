package io.pinpipe.insights.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.core.Tone;
import io.pinpipe.insights.InsightsException;
import io.pinpipe.insights.InsightsSnapshot;
import io.pinpipe.insights.PipelineTopics;
import io.pinpipe.insights.Query;
import io.pinpipe.insights.StartAt;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.JobSlot;
import io.pinpipe.workbench.Navigator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The Insights pane: which connection, prefix and start; the run reading the pipeline's three topics; and the latest
 * answers, taken from the run a few times a second by {@link #drain()} (the newest wins, none queue up).
 */
public final class InsightsViewModel {

    private final Async async;
    private final InsightsSource source;
    private final Supplier<Optional<String>> emulatorPrefix;
    private final ConnectionList connectionList;
    private final ObservableList<String> prefixes = FXCollections.observableArrayList();
    private final StringProperty prefix = new SimpleStringProperty("");
    private final ObjectProperty<StartAt> startAt = new SimpleObjectProperty<>(StartAt.BEGINNING);
    private final StringProperty prefixProblem = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty starting = new SimpleBooleanProperty(false);
    private final ObjectProperty<InsightsSnapshot> snapshot = new SimpleObjectProperty<>();
    private final ObjectProperty<Query> selected = new SimpleObjectProperty<>(Query.CATEGORY_PER_COUNTRY);
    private final ObjectProperty<StatusWords> status = new SimpleObjectProperty<>(StatusWords.NONE);
    private final StringBinding activity = Bindings.createStringBinding(() -> running.get() ? "Live" : "", running);
    private final ObjectBinding<Tone> activityTone = Bindings.createObjectBinding(() -> Tone.OK, running);
    private final StringBinding emptyText = Bindings.createStringBinding(() -> "Start to read "
            + (prefix.get().isBlank() ? "<prefix>" : prefix.get().strip()) + ".pin, .geo and .user", prefix);
    private final JobSlot starts = new JobSlot();
    private final JobSlot listing = new JobSlot();
    /**
     * What the run going (or starting) reads and hears; null when nothing runs. Each run has a listener of its own
     * that keeps its own newest snapshot and problem, so a run stopped or replaced can never write over a newer one's.
     */
    private Active active;
    private InsightsSource.Reading run;

    /** A run: where it reads, and its own listener. */
    private record Active(Connection connection, String prefix, StartAt from, Listener listener) {
    }

    public InsightsViewModel(ConnectionList connections, Async async, InsightsSource source,
                             Supplier<Optional<String>> emulatorPrefix) {
        this.connectionList = connections;
        this.async = async;
        this.source = source;
        this.emulatorPrefix = emulatorPrefix;
        connections.chosen().addListener((obs, old, now) -> {
            // Reading the catalog again empties the picker for a moment (null) and can give the running cluster under
            // another name or as another object (the Emulator names the sandbox "Sandbox", the catalog "Local
            // sandbox"): the same servers and sign-in are the same cluster, and the run goes on.
            if (active != null && now != null && !sameCluster(active.connection(), now)) {
                stop(); // the pane never reads a cluster other than the one it names
            }
            if (now != null && !now.equals(old)) {
                listPrefixes();
            }
        });
        prefix.addListener((obs, old, now) -> prefixProblem.set(""));
    }

    /** Reads the connections and the prefixes afresh, keeping those chosen. */
    public void open() {
        connectionList.load(this::listPrefixes, error::set);
    }

    /**
     * Another pane sent the user here: this connection, and (from the Emulator) this prefix, read at once if asked. A
     * run (or a start) on another connection or prefix stops first, so what is read is always what is shown.
     */
    public void openTarget(Navigator.Target target, boolean startNow) {
        var name = target.prefix().map(String::strip);
        if (active != null && (!sameCluster(active.connection(), target.connection())
                || name.filter(n -> !n.equals(active.prefix())).isPresent())) {
            stop();
        }
        connectionList.choose(target.connection());
        name.ifPresent(n -> {
            prefix.set(n);
            if (!prefixes.contains(n)) {
                prefixes.add(0, n);
            }
        });
        if (startNow && active == null) {
            start();
        }
    }

    private static boolean sameCluster(Connection running, Connection chosen) {
        return chosen != null && running.bootstrap().equals(chosen.bootstrap()) && running.auth().equals(chosen.auth())
                && running.extraProperties().equals(chosen.extraProperties());
    }

    private void listPrefixes() {
        var target = connectionList.chosen().get();
        if (target == null) {
            return;
        }
        listing.replace(async.job("Listing the pipelines of " + target.name(), p -> source.prefixes(target))
                .onSuccess(found -> {
                    var all = new java.util.ArrayList<>(found);
                    emulatorPrefix.get().filter(name -> !all.contains(name)).ifPresent(all::add);
                    var kept = prefix.get();
                    prefixes.setAll(all);
                    prefix.set(kept.isBlank() && !all.isEmpty() ? all.get(0) : kept);
                })
                .onError(e -> error.set(ErrorText.of(e))));
    }

    /** Starts reading the prefix's three topics on the connection chosen. */
    public void start() {
        if (active != null) {
            return;
        }
        error.set("");
        problem.set("");
        var name = prefix.get() == null ? "" : prefix.get().strip();
        var target = connectionList.chosen().get();
        if (name.isEmpty()) {
            prefixProblem.set("Give the pipeline's topic prefix, e.g. pinterest (its topics are pinterest.pin, .geo"
                    + " and .user).");
            return;
        }
        if (target == null) {
            error.set("Choose a connection first.");
            return;
        }
        begin(new Active(target, name, startAt.get(), new Listener()));
    }

    private void begin(Active going) {
        active = going;
        starting.set(true);
        starts.replace(async.job("Reading " + going.prefix() + ".pin, .geo and .user",
                        p -> source.start(going.connection(), new PipelineTopics(going.prefix()), going.from(),
                                going.listener()))
                .onSuccess(started -> {
                    run = started;
                    snapshot.set(null);
                    status.set(StatusWords.NONE);
                    running.set(true);
                })
                .whenDiscarded(InsightsSource.Reading::close)
                .on(InsightsException.class, e -> {
                    forget(going);
                    if (e.reason() == InsightsException.Reason.NOT_FOUND
                            || e.reason() == InsightsException.Reason.INVALID_REQUEST) {
                        prefixProblem.set(e.getMessage());
                    } else {
                        error.set(e.getMessage());
                    }
                })
                .onError(e -> {
                    forget(going);
                    error.set(ErrorText.of(e));
                })
                .andFinally(() -> {
                    if (active == null || active == going) {
                        starting.set(false);
                    }
                }));
    }

    private void forget(Active failed) {
        if (active == failed) {
            active = null;
        }
    }

    /** Stops reading; the answers shown stay. The run closes in the background. */
    public void stop() {
        var stopping = halt();
        if (stopping != null) {
            async.job("Stopping the insights", p -> {
                stopping.close();
                return null;
            }).start();
        }
    }

    /**
     * The window closes: stops reading and closes the run before returning, waiting at most {@code CLOSE_WAIT} (the
     * consumer leaves its broker while the broker is still there; a run that hangs does not hold the exit).
     */
    public void close() {
        var stopping = halt();
        if (stopping == null) {
            return;
        }
        var closing = new Thread(stopping::close, "insights-close");
        closing.setDaemon(true);
        closing.start();
        try {
            closing.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** At most this long the window's closing waits for the run to let go of its broker. */
    static final java.time.Duration CLOSE_WAIT = java.time.Duration.ofSeconds(3);

    /** Ends the run for the pane at once (a start going is cancelled) and gives back the run to close, if any. */
    private InsightsSource.Reading halt() {
        starts.cancel();
        drainLast();
        active = null;
        running.set(false);
        starting.set(false);
        problem.set("");
        var stopping = run;
        run = null;
        return stopping;
    }

    /**
     * Forgets the answers. A run going starts again as a new run from its start rule (from the beginning: everything
     * again; from now: from this moment): the old run is closed, and nothing it still delivers is shown.
     */
    public void reset() {
        var going = active;
        if (going != null) {
            stop();
        }
        snapshot.set(null);
        status.set(StatusWords.NONE);
        if (going != null) {
            begin(new Active(going.connection(), going.prefix(), going.from(), new Listener()));
        }
    }

    /** The timer: shows the newest snapshot the run gave since the last tick, if any, its problem, and its end. */
    public void drain() {
        if (!running.get() || active == null) {
            return;
        }
        var listener = active.listener();
        drainLast();
        var ended = listener.stopped;
        if (ended != null) {
            stop();
            error.set(ended);
            return;
        }
        problem.set(listener.problem);
    }

    private void drainLast() {
        var fresh = active == null ? null : active.listener().pending.getAndSet(null);
        if (fresh != null) {
            snapshot.set(fresh);
            status.set(StatusWords.of(fresh.status()));
        }
    }

    /** One run's ears, called on its reading thread: keeps only the newest snapshot for the next tick. */
    private static final class Listener implements io.pinpipe.insights.InsightsListener {
        private final AtomicReference<InsightsSnapshot> pending = new AtomicReference<>();
        private volatile String problem = "";
        private volatile String stopped;

        @Override
        public void snapshot(InsightsSnapshot fresh) {
            pending.set(fresh);
        }

        @Override
        public void problem(String sentence) {
            problem = sentence;
        }

        @Override
        public void resumed() {
            problem = "";
        }

        @Override
        public void stopped(String sentence) {
            stopped = sentence;
        }
    }

    /** True when a connection and a prefix are chosen: enough for "Export for Spark", no run needed. */
    public javafx.beans.binding.BooleanBinding sparkExportReady() {
        return Bindings.createBooleanBinding(() -> connectionList.chosen().get() != null && prefix.get() != null
                && !prefix.get().isBlank(), connectionList.chosen(), prefix);
    }

    /** The export dialog's model for the connection and prefix chosen, writing into {@code folder} by default. */
    public SparkExportViewModel sparkExport(java.nio.file.Path folder) {
        return new SparkExportViewModel(async, connectionList.chosen().get(), prefix.get(), folder);
    }

    public ConnectionList connections() { return connectionList; }
    public ObservableList<String> prefixes() { return prefixes; }
    public StringProperty prefixProperty() { return prefix; }
    public ObjectProperty<StartAt> startAtProperty() { return startAt; }
    public StringProperty prefixProblemProperty() { return prefixProblem; }
    public StringProperty errorProperty() { return error; }
    public StringProperty problemProperty() { return problem; }
    public BooleanProperty runningProperty() { return running; }
    public BooleanProperty startingProperty() { return starting; }
    public ObjectProperty<InsightsSnapshot> snapshotProperty() { return snapshot; }
    public ObjectProperty<Query> selectedProperty() { return selected; }
    public ObjectProperty<StatusWords> statusProperty() { return status; }
    public StringBinding activity() { return activity; }
    public ObjectBinding<Tone> activityTone() { return activityTone; }
    public StringBinding emptyText() { return emptyText; }
}
