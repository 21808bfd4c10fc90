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
    /** Set on the reading thread, taken on the FX thread. */
    private final AtomicReference<InsightsSnapshot> pending = new AtomicReference<>();
    private volatile String pendingProblem = "";
    private volatile Object current = new Object();
    private InsightsSource.Reading run;

    public InsightsViewModel(ConnectionList connections, Async async, InsightsSource source,
                             Supplier<Optional<String>> emulatorPrefix) {
        this.connectionList = connections;
        this.async = async;
        this.source = source;
        this.emulatorPrefix = emulatorPrefix;
        connections.chosen().addListener((obs, old, now) -> {
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

    /** Another pane sent the user here: this connection, and (from the Emulator) this prefix, read at once if asked. */
    public void openTarget(Navigator.Target target, boolean startNow) {
        connectionList.choose(target.connection());
        target.prefix().ifPresent(name -> {
            if (!name.equals(prefix.get().strip()) && running.get()) {
                stop();
            }
            prefix.set(name);
            if (!prefixes.contains(name)) {
                prefixes.add(0, name);
            }
        });
        if (startNow && !running.get() && !starting.get()) {
            start();
        }
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
        if (running.get() || starting.get()) {
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
        var token = new Object();
        current = token;
        pending.set(null);
        pendingProblem = "";
        var from = startAt.get();
        starting.set(true);
        starts.replace(async.job("Reading " + name + ".pin, .geo and .user",
                        p -> source.start(target, new PipelineTopics(name), from, new Listener(token)))
                .onSuccess(started -> {
                    run = started;
                    snapshot.set(null);
                    status.set(StatusWords.NONE);
                    running.set(true);
                })
                .whenDiscarded(InsightsSource.Reading::close)
                .on(InsightsException.class, e -> {
                    if (e.reason() == InsightsException.Reason.NOT_FOUND
                            || e.reason() == InsightsException.Reason.INVALID_REQUEST) {
                        prefixProblem.set(e.getMessage());
                    } else {
                        error.set(e.getMessage());
                    }
                })
                .onError(e -> error.set(ErrorText.of(e)))
                .andFinally(() -> starting.set(false)));
    }

    /** Stops reading; the answers shown stay. */
    public void stop() {
        starts.cancel();
        current = new Object();
        drainLast();
        running.set(false);
        problem.set("");
        var stopping = run;
        run = null;
        if (stopping != null) {
            async.job("Stopping the insights", p -> {
                stopping.close();
                return null;
            }).start();
        }
    }

    /** Forgets the answers; a run going reads its topics again from its start. */
    public void reset() {
        pending.set(null);
        snapshot.set(null);
        status.set(StatusWords.NONE);
        var going = run;
        if (going != null) {
            async.job("Reading the pipeline again", p -> {
                going.reset();
                return null;
            }).onError(e -> error.set(ErrorText.of(e))).start();
        }
    }

    /** The timer: shows the newest snapshot the run gave since the last tick, if any, and its problem. */
    public void drain() {
        if (!running.get()) {
            return;
        }
        drainLast();
        problem.set(pendingProblem);
    }

    private void drainLast() {
        var fresh = pending.getAndSet(null);
        if (fresh != null) {
            snapshot.set(fresh);
            status.set(StatusWords.of(fresh.status()));
        }
    }

    /** Called on the run's thread: keeps only the newest snapshot for the next tick. */
    private final class Listener implements io.pinpipe.insights.InsightsListener {
        private final Object token;

        Listener(Object token) {
            this.token = token;
        }

        @Override
        public void snapshot(InsightsSnapshot fresh) {
            if (token == current) {
                pending.set(fresh);
            }
        }

        @Override
        public void problem(String sentence) {
            pendingProblem = token == current ? sentence : pendingProblem;
        }

        @Override
        public void resumed() {
            pendingProblem = token == current ? "" : pendingProblem;
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
