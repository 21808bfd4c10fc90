package io.pinpipe.messages;

/**
 * A message operation that failed or was refused; the message is a sentence a person can act on (bad input names
 * the field, the position in an expression, the valid range or the line of a file).
 */
public class MessageException extends RuntimeException {

    public enum Reason {
        /** Bad input: an expression, an offset out of range, a date-time, invalid JSON, a file line. */
        INVALID_REQUEST,
        /** The topic or partition does not exist. */
        NOT_FOUND,
        /** The broker refused a message (too large, not authorised to write, ...). */
        REFUSED,
        NOT_AUTHORISED, AUTHENTICATION, TIMEOUT, INTERRUPTED, CANCELLED, BROKER, IO
    }

    private final Reason reason;

    public MessageException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public MessageException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public static MessageException invalid(String message) {
        return new MessageException(Reason.INVALID_REQUEST, message);
    }

    public Reason reason() {
        return reason;
    }
}
