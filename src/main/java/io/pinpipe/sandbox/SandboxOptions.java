package io.pinpipe.sandbox;

import java.time.Duration;

/**
 * How the sandbox broker starts and stops.
 *
 * @param preferredPort the client port to try first; another free port is used when it is taken
 * @param startTimeout  how long a start may take before it is abandoned and the broker killed
 * @param stopTimeout   how long a clean shutdown may take before the broker is killed
 */
public record SandboxOptions(int preferredPort, Duration startTimeout, Duration stopTimeout) {

    public static final int DEFAULT_PORT = 9092;

    public SandboxOptions {
        if (preferredPort < 1 || preferredPort > 65_535) {
            throw new IllegalArgumentException("The sandbox port must be between 1 and 65535, not " + preferredPort);
        }
    }

    public static SandboxOptions defaults() {
        return new SandboxOptions(DEFAULT_PORT, Duration.ofSeconds(60), Duration.ofSeconds(30));
    }

    public SandboxOptions withPreferredPort(int port) {
        return new SandboxOptions(port, startTimeout, stopTimeout);
    }

    public SandboxOptions withStartTimeout(Duration timeout) {
        return new SandboxOptions(preferredPort, timeout, stopTimeout);
    }
}
