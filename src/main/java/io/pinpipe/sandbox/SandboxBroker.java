package io.pinpipe.sandbox;

import io.pinpipe.settings.AppPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
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
     * Starts the broker, or returns the one already running, once it answers. Blocks for a few seconds;
     * {@code cancelled} returning true or an interrupt kills the half-started broker and throws
     * {@link CancellationException}.
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
        var choice = PortPicker.preferring(options.preferredPort());
        var broker = new BrokerProperties(files.dataDir(), choice.port(), controllerPort(choice.port()));
        Optional<String> formatWith;
        try {
            broker.writeTo(files.propertiesFile());
            formatWith = storage.isFormatted() ? Optional.empty() : Optional.of(storage.clusterId());
        } catch (UncheckedIOException e) {
            throw new SandboxStartException(StartFailure.DISK, e.getMessage(), List.of(), e);
        }
        var tail = BrokerLogTail.markedNow(files);
        Process process;
        try {
            process = launcher.launch(files, formatWith);
        } catch (IOException e) {
            throw new SandboxStartException(StartFailure.JAVA, "Cannot run " + launcher.javaExecutable() + ": "
                    + e.getMessage(), tail.lines(), e);
        }
        var state = new SandboxState(process.pid(), broker.port(), broker.bootstrap(),
                process.toHandle().info().startInstant().orElse(Instant.now()));
        var child = new BrokerProcess(process.toHandle(), files, state.startedAt());
        try {
            // Written before the wait, so another process sees (and can stop) a broker whose starter died.
            state.write(files.stateFile());
            new StartWatch(child, () -> exitCode(process), progress, cancelled)
                    .awaitAnswer(broker.port(), storage, options.startTimeout());
        } catch (StartWatch.Died e) {
            abandon(child, state);
            throw BrokerFailure.exited(e.exitCode.orElse(-1), tail.lines(), broker, files);
        } catch (StartWatch.TimedOut e) {
            abandon(child, state);
            throw BrokerFailure.timedOut(options.startTimeout(), tail.lines(), files);
        } catch (RuntimeException | Error e) {
            abandon(child, state);
            throw e;
        }
        var took = Duration.between(began, Instant.now());
        log.info("Sandbox broker {} answers on {} after {} ms", process.pid(), broker.bootstrap(), took.toMillis());
        progress.update(1.0, "Sandbox broker running on " + broker.bootstrap());
        return new SandboxStarted(broker.bootstrap(), process.pid(), state.startedAt(), choice.note(), false, took);
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

    /** A start that failed leaves nothing behind: no process, no state file. */
    private void abandon(BrokerProcess child, SandboxState state) {
        child.kill();
        state.deleteIfCurrent(files.stateFile());
        log.warn("Sandbox broker start abandoned; its log is {}", files.brokerLog());
    }

    private static int controllerPort(int clientPort) {
        var port = PortPicker.anyFree();
        return port != clientPort ? port : PortPicker.anyFree();
    }

    private static OptionalInt exitCode(Process process) {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    private Optional<Live> live() {
        return SandboxState.read(files.stateFile())
                .flatMap(state -> BrokerProcess.find(state, files).map(process -> new Live(state, process)));
    }

    private record Live(SandboxState state, BrokerProcess process) {
    }
}
