package io.pinpipe.connections;

/** A connection needs a password that no source could give. The message says where it can come from. */
public final class MissingSecretException extends IllegalStateException {

    public MissingSecretException(String message) {
        super(message);
    }
}
