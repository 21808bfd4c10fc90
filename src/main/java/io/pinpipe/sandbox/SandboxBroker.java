package io.pinpipe.sandbox;

import io.pinpipe.settings.AppPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The local sandbox: a single-node Kafka broker in its own JVM, with its data under the sandbox folder. Any
 * number of instances, in any number of processes, over the same folder see and control the same broker.
 */
public final class SandboxBroker {

    private static final Logger log = LoggerFactory.getLogger(SandboxBroker.class);

    private final SandboxFiles files;
    private final SandboxOptions options;
    private final BrokerLauncher launcher;
    private final long minFreeBytes;
    private final BrokerStorage storage;

    public SandboxBroker(AppPaths paths) {
        this(paths, SandboxOptions.defaults());
    }

    public SandboxBroker(AppPaths paths, SandboxOptions options) {
        this(SandboxFiles.under(paths.sandboxDir()), options, BrokerLauncher.forCurrentProcess(),
                StartChecks.MIN_FREE_BYTES);
    }

    SandboxBroker(SandboxFiles files, SandboxOptions options, BrokerLauncher launcher, long minFreeBytes) {
        this.files = files;
        this.options = options;
        this.launcher = launcher;
        this.minFreeBytes = minFreeBytes;
        this.storage = new BrokerStorage(files);
    }

    /** Cheap: reads a small file and asks the OS about one process. */
    public SandboxStatus status() {
        return live().<SandboxStatus>map(live -> new SandboxStatus.Running(live.state().bootstrap(), live.state().pid(),
                live.state().startedAt())).orElseGet(SandboxStatus.Stopped::new);
    }

    /** The sandbox as a connection: its bootstrap servers while it runs. */
    public Optional<String> bootstrap() {
        return live().map(live -> live.state().bootstrap());
    }

    /** The broker's own log, to show or open when something looks wrong. */
    public Path brokerLog() {
        return files.brokerLog();
    }

    public SandboxStarted start() {
        return start(StartProgress.NONE, () -> false);
    }

    /**
     * Starts the broker, or returns the one already running, once it answers with this sandbox's cluster id.
     * When another broker takes its port meanwhile, it starts again on another one, and the note says so.
     * Blocks for a few seconds; {@code cancelled} returning true or an interrupt kills the half-started broker
     * and throws {@link CancellationException}.
     *
     * @throws SandboxStartException saying why, with the broker's last log lines
     */
    public synchronized SandboxStarted start(StartProgress progress, BooleanSupplier cancelled) {
        var began = Instant.now();
        var current = live();
        if (current.isPresent()) {
            return joinRunning(current.get(), progress, cancelled, began);
        }
        progress.update(0.05, "Checking ports");
        StartChecks.javaRuns(launcher.javaExecutable());
        StartChecks.diskUsable(files.dataDir(), minFreeBytes);
        return new BrokerStart(files, options, launcher, storage).run(began, progress, cancelled);
    }

    /** Stops the broker, whichever process started it. Returns whether one was running. */
    public synchronized boolean stop() {
        var state = SandboxState.read(files.stateFile());
        if (state.isEmpty()) {
            return false;
        }
        var began = Instant.now();
        var process = BrokerProcess.find(state.get(), files);
        process.ifPresent(broker -> broker.stop(options.stopTimeout()));
        state.get().deleteIfCurrent(files.stateFile());
        process.ifPresent(broker -> log.info("Sandbox broker {} stopped in {} ms", broker.pid(),
                Duration.between(began, Instant.now()).toMillis()));
        return process.isPresent();
    }

    /** Stops the broker and deletes every topic and record in it. The caller has asked the user. */
    public synchronized void reset() {
        stop();
        storage.delete();
        log.info("Sandbox broker data deleted from {}", files.dataDir());
    }

    private SandboxStarted joinRunning(Live live, StartProgress progress, BooleanSupplier cancelled, Instant began) {
        var state = live.state();
        try {
            new StartWatch(live.process(), OptionalInt::empty, progress, cancelled)
                    .awaitAnswer(state.port(), storage, options.startTimeout());
        } catch (StartWatch.Died e) {
            throw new SandboxStartException(StartFailure.EXITED, "The sandbox broker (process " + state.pid()
                    + ", started elsewhere) stopped before it answered. See " + files.brokerLog());
        } catch (StartWatch.Foreign e) {
            // Its starter is about to find out too, and to start it again on another port.
            throw new SandboxStartException(StartFailure.PORT_IN_USE, "Another Kafka broker (cluster " + e.clusterId
                    + ") answers on " + state.bootstrap() + ", the port of the sandbox broker (process " + state.pid()
                    + ", started elsewhere). Start the sandbox again in a few seconds.");
        } catch (StartWatch.TimedOut e) {
            throw new SandboxStartException(StartFailure.TIMEOUT, "The sandbox broker (process " + state.pid()
                    + ", started elsewhere) did not answer within " + BrokerFailure.seconds(options.startTimeout()) + " s.");
        }
        progress.update(1.0, "Sandbox broker running on " + state.bootstrap());
        var note = state.port() == options.preferredPort() ? Optional.<String>empty()
                : Optional.of("The sandbox is already running on " + state.bootstrap() + ", not on port "
                + options.preferredPort() + ".");
        return new SandboxStarted(state.bootstrap(), state.pid(), state.startedAt(), note, true,
                Duration.between(began, Instant.now()));
    }

    private Optional<Live> live() {
        return SandboxState.read(files.stateFile())
                .flatMap(state -> BrokerProcess.find(state, files).map(process -> new Live(state, process)));
    }

    private record Live(SandboxState state, BrokerProcess process) {
    }
}
