package io.pinpipe.topics;

import java.util.Optional;

/** The verdict on a topic name as the user types it. */
public sealed interface NameCheck {

    record Ok() implements NameCheck {
    }

    /** Allowed, but worth a second look before creating. */
    record Warning(String message) implements NameCheck {
    }

    /** Kafka would refuse it. */
    record Invalid(String message) implements NameCheck {
    }

    default boolean allowsCreate() {
        return !(this instanceof Invalid);
    }

    /** The sentence to show under the field, if any. */
    default Optional<String> note() {
        if (this instanceof Warning warning) {
            return Optional.of(warning.message());
        }
        if (this instanceof Invalid invalid) {
            return Optional.of(invalid.message());
        }
        return Optional.empty();
    }
}
