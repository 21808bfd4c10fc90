package io.pinpipe.sandbox;

import io.pinpipe.settings.AppPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The sandbox broker as one run of the app uses it: remembers whether this run started the broker, so
 * that closing the app stops only a broker it started itself (not one the CLI started earlier).
 */
public final class SandboxSession {

    private static final Logger log = LoggerFactory.getLogger(SandboxSession.class);

    private final AppPaths paths;
    private final SandboxOptions options;
    private volatile boolean startedHere;

    public SandboxSession(AppPaths paths, SandboxOptions options) {
        this.paths = paths;
        this.options = options;
    }

    public SandboxStatus status() {
        return broker(options.preferredPort()).status();
    }

    public Optional<String> bootstrap() {
        return broker(options.preferredPort()).bootstrap();
    }

    /** Blocks until the broker answers; interrupting the calling thread cancels the start. */
    public SandboxStarted start(int preferredPort, StartProgress progress) {
        var started = broker(preferredPort).start(progress, () -> Thread.currentThread().isInterrupted());
        if (!started.alreadyRunning()) {
            startedHere = true;
        }
        return started;
    }

    public boolean stop() {
        startedHere = false;
        return broker(options.preferredPort()).stop();
    }

    public void reset() {
        startedHere = false;
        broker(options.preferredPort()).reset();
    }

    /** On app exit: stop the broker this run started, unless the user asked to keep it running. */
    public void close(boolean keepRunning) {
        if (startedHere && !keepRunning) {
            log.info("Stopping the sandbox broker this run started");
            stop();
        } else if (startedHere) {
            log.info("Leaving the sandbox broker running, as the user asked");
        }
    }

    private SandboxBroker broker(int preferredPort) {
        return new SandboxBroker(paths, options.withPreferredPort(preferredPort));
    }
}
