package io.pinpipe.sandbox;

import java.util.List;

/** A sandbox start that failed: the message says why in words, the log tail shows what the broker said. */
public final class SandboxStartException extends RuntimeException {

    private final StartFailure reason;
    private final List<String> logTail;

    SandboxStartException(StartFailure reason, String message, List<String> logTail, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.logTail = List.copyOf(logTail);
    }

    SandboxStartException(StartFailure reason, String message) {
        this(reason, message, List.of(), null);
    }

    public StartFailure reason() {
        return reason;
    }

    /** The last lines the broker wrote during this start; empty when it never ran. */
    public List<String> logTail() {
        return logTail;
    }
}
