package io.pinpipe.sandbox;

import java.time.Instant;

/** Whether the sandbox broker runs, as seen by any process that shares the sandbox folder. */
public sealed interface SandboxStatus {

    record Stopped() implements SandboxStatus {
    }

    record Running(String bootstrap, long pid, Instant since) implements SandboxStatus {
    }
}
