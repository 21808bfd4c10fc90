package io.pinpipe.emulator;

/** The source database cannot be used: unreachable, refused, or without the tables and columns it needs. */
public final class SourceException extends RuntimeException {

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }

    public SourceException(String message) {
        super(message);
    }
}
