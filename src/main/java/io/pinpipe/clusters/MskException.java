package io.pinpipe.clusters;

/** An MSK API call that failed; the message is a sentence a person can act on. */
public final class MskException extends RuntimeException {

    /** What kind of failure, so a view can offer the right next step. */
    public enum Reason {
        NO_CREDENTIALS, EXPIRED_CREDENTIALS, INVALID_CREDENTIALS, ACCESS_DENIED, NOT_FOUND, NOT_READY, THROTTLED,
        UNREACHABLE, INVALID_REQUEST, INTERRUPTED, SERVICE
    }

    private final Reason reason;

    public MskException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public MskException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
