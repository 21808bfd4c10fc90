package io.pinpipe.topics;

/** A topic operation that failed or was refused; the message is a sentence a person can act on. */
public final class TopicException extends RuntimeException {

    /** What kind of failure, so a dialog can mark the right field or offer the right next step. */
    public enum Reason {
        INVALID_REQUEST, ALREADY_EXISTS, NOT_FOUND, NOT_AUTHORISED, AUTHENTICATION, POLICY, TIMEOUT,
        UNSUPPORTED, INTERRUPTED, BROKER
    }

    private final Reason reason;

    public TopicException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public TopicException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    static TopicException invalid(String message) {
        return new TopicException(Reason.INVALID_REQUEST, message);
    }

    public Reason reason() {
        return reason;
    }
}
