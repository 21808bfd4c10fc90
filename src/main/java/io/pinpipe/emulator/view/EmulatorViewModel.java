package io.pinpipe.emulator.view;

import io.pinpipe.client.KafkaConnections;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.emulator.EmulatorEngine;
import io.pinpipe.emulator.EmulatorState;
import io.pinpipe.emulator.EventBuffer;
import io.pinpipe.emulator.RunSetup;
import io.pinpipe.sandbox.SampleDatabase;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.JobSlot;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The Emulator pane: its settings, Start / Pause / Stop, and the run's rows and counts, read a few times a
 * second by {@link #tick()} (the view calls it on a timer; tests call it themselves).
 */
public final class EmulatorViewModel {

    public static final int ROWS_SHOWN = 200;
    public static final String PASSWORD_VARIABLE = RunPlanner.PASSWORD_VARIABLE;
    static final Duration STALL = Duration.ofSeconds(5);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    private final ConnectionCatalog catalog;
    private final RunPlanner planner;
    private final SandboxStarter sandbox;
    private final Async async;
    private final LongSupplier clock;
    private final RunMemory memory;
    private final SandboxClaim sandboxUse;
    private Runnable releaseSandbox = () -> { };
    private Optional<String> wantedConnection = Optional.empty();

    private final EmulatorForm form = new EmulatorForm();
    private final LiveRows rows = new LiveRows(ROWS_SHOWN);
    private final LiveCounters counters = new LiveCounters();
    private final ObjectProperty<RunPhase> phase = new SimpleObjectProperty<>(RunPhase.IDLE);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty live = new SimpleBooleanProperty(false);
    private final RunOutside outside = new RunOutside(phase, form);
    private final JobSlot preparing = new JobSlot();
    private volatile Optional<EmulatorEngine> engine = Optional.empty();
    private EventBuffer buffer = new EventBuffer(ROWS_SHOWN);
    private long startedNanos;
    private int attempts;

    /**
     * @param kafka    the connections a run can send to, and their shared clients
     * @param database the sample database, for runs from the sandbox
     * @param env      where a database password may come from ({@value RunPlanner#PASSWORD_VARIABLE})
     * @param memory   the last run's settings, restored here and saved at each start
     */
    public EmulatorViewModel(KafkaConnections kafka, SampleDatabase database, SandboxStarter sandbox, Async async,
                             Function<String, String> env, RunMemory memory) {
        this(kafka, database, sandbox, SandboxClaim.NONE, async, env, memory, System::nanoTime);
    }

    /** @param sandboxUse says the local sandbox is in use while a run streams into it */
    public EmulatorViewModel(KafkaConnections kafka, SampleDatabase database, SandboxStarter sandbox, SandboxClaim sandboxUse,
                             Async async, Function<String, String> env, RunMemory memory) {
        this(kafka, database, sandbox, sandboxUse, async, env, memory, System::nanoTime);
    }

    EmulatorViewModel(KafkaConnections kafka, SampleDatabase database, SandboxStarter sandbox, SandboxClaim sandboxUse,
                      Async async, Function<String, String> env, RunMemory memory, LongSupplier clock) {
        this.sandboxUse = sandboxUse;
        this.catalog = kafka.catalog();
        this.planner = new RunPlanner(catalog, kafka::clientOf, database, env);
        this.sandbox = sandbox;
        this.async = async;
        this.clock = clock;
        this.memory = memory;
        Optional.ofNullable(memory.last().get()).ifPresent(last -> {
            form.restore(last);
            wantedConnection = Optional.ofNullable(last.connection());
        });
        // An error about the last source or destination says nothing about the one chosen now.
        form.sourceProperty().addListener((obs, old, now) -> clearErrorWhenIdle());
        form.sinkProperty().addListener((obs, old, now) -> clearErrorWhenIdle());
    }

    private void clearErrorWhenIdle() {
        if (!phase.get().active()) {
            error.set("");
        }
    }

    /** Sends to this saved connection (by name) from now on, unless a run is going; kept when the list is read again. */
    public void sendTo(String connectionName) {
        if (phase.get().active()) {
            return;
        }
        wantedConnection = Optional.of(connectionName);
        form.sinkProperty().set(EmulatorForm.SinkKind.KAFKA);
        form.connections().stream().filter(c -> c.name().equalsIgnoreCase(connectionName)).findFirst()
                .ifPresent(form.connectionProperty()::set);
    }

    /** Reads the connections afresh (the sandbox may have moved port), keeping the one chosen. */
    public void open() {
        var wanted = Optional.ofNullable(form.connectionProperty().get()).map(Connection::name).or(() -> wantedConnection);
        async.job("Reading connections", p -> catalog.all())
                .onSuccess(fresh -> {
                    form.connections().setAll(fresh);
                    form.connectionProperty().set(wanted.flatMap(name -> fresh.stream()
                            .filter(c -> c.name().equalsIgnoreCase(name)).findFirst()).orElse(fresh.get(0)));
                })
                .onError(e -> error.set(ErrorText.of(e)))
                .start();
    }

    public void start() {
        if (phase.get().active() || !form.valid().get()) {
            return;
        }
        error.set("");
        rows.clear();
        counters.reset();
        phase.set(RunPhase.PREPARING);
        memory.remember().accept(form.choices());
        var target = form.connectionProperty().get();
        if (form.sinkProperty().get() == EmulatorForm.SinkKind.KAFKA && target.isLocalSandbox()) {
            releaseSandbox();
            releaseSandbox = sandboxUse.claim("The emulator is streaming into it");
            message.set("Starting the local sandbox…");
            var attempt = ++attempts;
            sandbox.whenRunning(() -> {
                if (attempt == attempts) {
                    prepare();
                }
            }, this::failedToStart);
        } else {
            prepare();
        }
    }

    public void pause() {
        if (phase.get().pausable()) {
            engine.ifPresent(EmulatorEngine::pause);
        }
    }

    public void resume() {
        if (phase.get() == RunPhase.PAUSED) {
            engine.ifPresent(EmulatorEngine::resume);
        }
    }

    /** Ends the run after flushing what is in flight; while preparing, gives up the preparation. */
    public void stop() {
        if (phase.get() == RunPhase.PREPARING) {
            preparing.cancel();
            phase.set(RunPhase.IDLE);
            releaseSandbox();
            message.set("Cancelled before the run began.");
            return;
        }
        engine.ifPresent(run -> {
            run.stop();
            phase.set(RunPhase.STOPPING);
        });
    }

    /** On exit, from any thread: ends a run and waits a while for what is in flight to be acknowledged. */
    public void close() {
        engine.ifPresent(run -> {
            run.stop();
            try {
                run.finished().get(CLOSE_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // Exiting anyway: the sink's own close bounds what is still waiting.
            }
        });
    }

    /** Moves the newest rows into the tables and reads the counts and the state; a few times a second. */
    public void tick() {
        if (engine.isEmpty()) {
            return;
        }
        var run = engine.get();
        var state = run.state();
        rows.add(buffer.drain());
        var now = clock.getAsLong();
        counters.show(run.stats(), Duration.ofNanos(now - startedNanos), now);
        phase.set(RunPhase.of(state, counters.stalledFor(STALL, now), phase.get()));
        if (state instanceof EmulatorState.SourceUnavailable unavailable) {
            error.set(unavailable.message());
        } else if (phase.get() == RunPhase.SINK_WAITING) {
            error.set(COUNT.format(counters.inFlightProperty().get()) + " records sent and none acknowledged for "
                    + STALL.toSeconds() + " s: is the broker up? The run goes on and counts every record once it answers.");
        } else if (!state.ended()) {
            error.set("");
        }
        if (state.ended()) {
            ended(state);
        }
    }

    private void ended(EmulatorState state) {
        engine = Optional.empty();
        live.set(false);
        releaseSandbox();
        var summary = state instanceof EmulatorState.Finished finished ? finished.summary()
                : ((EmulatorState.Failed) state).summary();
        counters.finish(summary.stats(), summary.elapsed(), clock.getAsLong());
        var stats = summary.stats();
        message.set(COUNT.format(stats.events()) + " events in " + seconds(summary.elapsed()) + ": "
                + COUNT.format(stats.acked()) + " records acknowledged, " + COUNT.format(stats.failed()) + " failed"
                + (stats.missing() > 0 ? ", " + COUNT.format(stats.missing()) + " ids missing from a table" : "") + ".");
        if (state instanceof EmulatorState.Failed failed) {
            error.set("The run failed: " + failed.reason());
        } else if (stats.failed() > 0) {
            error.set(COUNT.format(stats.failed()) + " records failed. Last reason: " + counters.lastFailureProperty().get());
        }
    }

    private void prepare() {
        if (phase.get() != RunPhase.PREPARING) {
            return;
        }
        var plan = planner.read(form);
        buffer = new EventBuffer(ROWS_SHOWN);
        var listener = buffer;
        message.set("Preparing the run…");
        preparing.replace(async.job("Starting the emulator",
                        p -> RunSetup.prepare(planner.resolve(plan), listener, step -> p.update(-1, step)))
                .onProgress((fraction, step) -> message.set(step + "…"))
                .onSuccess(this::begin)
                .onError(this::failedToStart)
                .whenDiscarded(EmulatorViewModel::discard));
    }

    /** Stopped while it was being prepared: a run started stopped ends at once and closes its source and sink. */
    private static void discard(RunSetup.Prepared prepared) {
        prepared.engine().stop();
        prepared.engine().start();
    }

    private void begin(RunSetup.Prepared prepared) {
        if (phase.get() != RunPhase.PREPARING) {
            discard(prepared);
            return;
        }
        engine = Optional.of(prepared.engine());
        startedNanos = clock.getAsLong();
        prepared.engine().start();
        phase.set(RunPhase.RUNNING);
        live.set(true);
        var where = form.sinkProperty().get() == EmulatorForm.SinkKind.REST ? "the REST proxy at " + form.restUrlProperty().get().strip()
                : form.connectionProperty().get().name();
        message.set("From " + prepared.source() + " (" + COUNT.format(prepared.rowCount()) + " rows) to " + where
                + ", topics " + form.prefixValue() + ".pin, .geo and .user"
                + (prepared.createdTopics().isEmpty() ? "" : "; created " + String.join(", ", prepared.createdTopics())) + ".");
    }

    private void failedToStart(Object cause) {
        if (phase.get() != RunPhase.PREPARING) {
            return;
        }
        phase.set(RunPhase.IDLE);
        releaseSandbox();
        message.set("");
        error.set(cause instanceof Throwable e ? ErrorText.of(e) : cause.toString());
    }

    private void releaseSandbox() {
        releaseSandbox.run();
        releaseSandbox = () -> { };
    }

    private static String seconds(Duration elapsed) {
        return String.format(Locale.US, "%.1f s", elapsed.toMillis() / 1000.0);
    }

    public EmulatorForm form() { return form; }
    public LiveRows rows() { return rows; }
    public LiveCounters counters() { return counters; }
    public ReadOnlyObjectProperty<RunPhase> phaseProperty() { return phase; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyStringProperty errorProperty() { return error; }
    /** True while a run goes: the view ticks then. */
    public ReadOnlyBooleanProperty liveProperty() { return live; }
    /** What the window shows of the run outside the pane: the sidebar's marker and the status bar's destination. */
    public RunOutside outside() { return outside; }
}
