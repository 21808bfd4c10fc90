package io.pinpipe.consumers;

/** A consumer-group operation that failed or was refused; the message is a sentence a person can act on. */
public final class GroupException extends RuntimeException {

    /** What kind of failure, so a dialog can mark the right field or offer the right next step. */
    public enum Reason {
        /** Bad input: an offset that is not a number, a date-time in the future, a CSV line that cannot be read. */
        INVALID_REQUEST,
        /** The group or topic does not exist. */
        NOT_FOUND,
        /** The group has members: resets and deletes are refused (the message names them). */
        ACTIVE,
        NOT_AUTHORISED, AUTHENTICATION, TIMEOUT, UNSUPPORTED, INTERRUPTED, CANCELLED, BROKER
    }

    private final Reason reason;

    public GroupException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public GroupException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
