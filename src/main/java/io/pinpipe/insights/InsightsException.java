package io.pinpipe.insights;

/** An insights operation that failed or was refused, with a sentence a person can act on. */
public class InsightsException extends RuntimeException {

    public enum Reason {
        /** Bad input: an empty prefix, a bucket name, an export format. */
        INVALID_REQUEST,
        /** The prefix names no pipeline topics on the cluster. */
        NOT_FOUND,
        /** A file or folder could not be written. */
        IO,
        NOT_AUTHORISED, AUTHENTICATION, TIMEOUT, INTERRUPTED, CANCELLED, BROKER
    }

    private final Reason reason;

    public InsightsException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public InsightsException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
