package io.pinpipe.emulator.view;

import io.pinpipe.connections.ClientProperties;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.emulator.EmulatorEngine;
import io.pinpipe.emulator.EmulatorSettings;
import io.pinpipe.emulator.EmulatorState;
import io.pinpipe.emulator.EventBuffer;
import io.pinpipe.emulator.RunSetup;
import io.pinpipe.emulator.SourceSettings;
import io.pinpipe.sandbox.LoadProgress;
import io.pinpipe.sandbox.MySqlTarget;
import io.pinpipe.sandbox.SampleDatabase;
import io.pinpipe.settings.EmulatorChoices;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.Job;
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
    public static final String PASSWORD_VARIABLE = "PINPIPE_DB_PASSWORD";
    static final int REST_BATCH = 20;
    static final Duration STALL = Duration.ofSeconds(5);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    private final ConnectionCatalog catalog;
    private final Function<Connection, SecretSource> secrets;
    private final SampleDatabase database;
    private final SandboxStarter sandbox;
    private final Async async;
    private final Function<String, String> env;
    private final LongSupplier clock;
    private final Memory memory;
    private Optional<String> wantedConnection = Optional.empty();

    private final EmulatorForm form = new EmulatorForm();
    private final LiveRows rows = new LiveRows(ROWS_SHOWN);
    private final LiveCounters counters = new LiveCounters();
    private final ObjectProperty<RunPhase> phase = new SimpleObjectProperty<>(RunPhase.IDLE);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty live = new SimpleBooleanProperty(false);
    private Optional<Job.Cancellable> preparing = Optional.empty();
    private volatile Optional<EmulatorEngine> engine = Optional.empty();
    private EventBuffer buffer = new EventBuffer(ROWS_SHOWN);
    private long startedNanos;
    private int attempts;

    public EmulatorViewModel(ConnectionCatalog catalog, Function<Connection, SecretSource> secrets, SampleDatabase database,
                             SandboxStarter sandbox, Async async, Function<String, String> env, Memory memory) {
        this(catalog, secrets, database, sandbox, async, env, memory, System::nanoTime);
    }

    EmulatorViewModel(ConnectionCatalog catalog, Function<Connection, SecretSource> secrets, SampleDatabase database,
                      SandboxStarter sandbox, Async async, Function<String, String> env, Memory memory, LongSupplier clock) {
        this.catalog = catalog;
        this.secrets = secrets;
        this.database = database;
        this.sandbox = sandbox;
        this.async = async;
        this.env = env;
        this.clock = clock;
        this.memory = memory;
        Optional.ofNullable(memory.last().get()).ifPresent(last -> {
            form.restore(last);
            wantedConnection = Optional.ofNullable(last.connection());
        });
    }

    /** Where the settings of the last run are kept between sessions; {@code last} gives null when nothing is. */
    public record Memory(java.util.function.Supplier<EmulatorChoices> last,
                         java.util.function.Consumer<EmulatorChoices> remember) {
        public static final Memory NONE = new Memory(() -> null, choices -> { });
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
            preparing.ifPresent(Job.Cancellable::cancel);
            preparing = Optional.empty();
            phase.set(RunPhase.IDLE);
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
        phase.set(phaseOf(state, now));
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

    private RunPhase phaseOf(EmulatorState state, long now) {
        if (state instanceof EmulatorState.Running) {
            return counters.stalledFor(STALL, now) ? RunPhase.SINK_WAITING : RunPhase.RUNNING;
        }
        if (state instanceof EmulatorState.Paused) {
            return RunPhase.PAUSED;
        }
        if (state instanceof EmulatorState.SourceUnavailable) {
            return RunPhase.SOURCE_UNAVAILABLE;
        }
        if (state instanceof EmulatorState.Finished) {
            return RunPhase.FINISHED;
        }
        if (state instanceof EmulatorState.Failed) {
            return RunPhase.FAILED;
        }
        return state instanceof EmulatorState.Stopping ? RunPhase.STOPPING : phase.get();
    }

    private void ended(EmulatorState state) {
        engine = Optional.empty();
        live.set(false);
        var summary = state instanceof EmulatorState.Finished finished ? finished.summary()
                : ((EmulatorState.Failed) state).summary();
        counters.show(summary.stats(), summary.elapsed(), clock.getAsLong());
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
        var plan = planInputs();
        buffer = new EventBuffer(ROWS_SHOWN);
        var listener = buffer;
        message.set("Preparing the run…");
        preparing = Optional.of(async.job("Starting the emulator",
                        p -> RunSetup.prepare(resolve(plan), listener, step -> p.update(-1, step)))
                .onProgress((fraction, step) -> message.set(step + "…"))
                .onSuccess(this::begin)
                .onError(this::failedToStart)
                .andFinally(() -> preparing = Optional.empty())
                .start());
    }

    private void begin(RunSetup.Prepared prepared) {
        if (phase.get() != RunPhase.PREPARING) {
            // Stopped while it was being prepared: a run started stopped ends at once and closes its source and sink.
            prepared.engine().stop();
            prepared.engine().start();
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
        message.set("");
        error.set(cause instanceof Throwable e ? ErrorText.of(e) : cause.toString());
    }

    /** What the form says, read on the FX thread; turned into a plan (with any I/O it needs) in the background. */
    private PlanInputs planInputs() {
        return new PlanInputs(form.sourceProperty().get(), form.jdbcUrlProperty().get(), form.dbUserProperty().get().strip(),
                form.dbPasswordProperty().get(), form.connectionProperty().get(), form.sinkProperty().get(),
                form.createTopicsProperty().get(), form.sinkProperty().get() == EmulatorForm.SinkKind.REST
                ? Optional.of(form.restUri()) : Optional.empty(), form.apiKeyProperty().get(), form.prefixValue(),
                form.dateTimesProperty().get(), new EmulatorSettings(form.pacing(), form.runLimit(), form.seedValue()));
    }

    private record PlanInputs(EmulatorForm.SourceKind source, String jdbcUrl, String dbUser, String dbPassword,
                              Connection connection, EmulatorForm.SinkKind sink, boolean createTopics,
                              Optional<java.net.URI> restUrl, String apiKey, String prefix,
                              io.pinpipe.emulator.DateTimeStyle dateTimes, EmulatorSettings settings) {
    }

    /** Off the FX thread: the sample database may need creating, and the sandbox's address is read afresh. */
    private RunSetup.Plan resolve(PlanInputs in) {
        SourceSettings source;
        if (in.source() == EmulatorForm.SourceKind.SANDBOX) {
            database.ensureCreated(LoadProgress.NONE, () -> Thread.currentThread().isInterrupted());
            source = SourceSettings.sandbox(database);
        } else {
            var password = in.dbPassword().isEmpty() ? Optional.ofNullable(env.apply(PASSWORD_VARIABLE)) : Optional.of(in.dbPassword());
            source = SourceSettings.mysql(new MySqlTarget(in.jdbcUrl()), in.dbUser(), password);
        }
        RunSetup.Target target;
        if (in.sink() == EmulatorForm.SinkKind.REST) {
            target = new RunSetup.Target.RestProxy(in.restUrl().orElseThrow(),
                    Optional.of(in.apiKey().strip()).filter(key -> !key.isEmpty()), REST_BATCH);
        } else {
            var connection = in.connection().isLocalSandbox() ? catalog.localSandbox() : in.connection();
            target = new RunSetup.Target.Kafka(ClientProperties.of(connection, secrets.apply(connection)),
                    connection.name() + " (" + connection.bootstrap() + ")", in.createTopics());
        }
        return new RunSetup.Plan(source, target, in.prefix(), in.dateTimes(), in.settings());
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
}
