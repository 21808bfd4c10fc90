package io.pinpipe.topics.view;

import io.pinpipe.topics.TopicAdmin;

import java.util.Optional;

/** How many messages to peek at, as typed. */
record PeekCount(int value, Optional<String> problem) {

    static PeekCount parse(String text) {
        var trimmed = text == null ? "" : text.strip();
        try {
            var count = Integer.parseInt(trimmed);
            if (count >= 1 && count <= TopicAdmin.MAX_PEEK_COUNT) {
                return new PeekCount(count, Optional.empty());
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        return new PeekCount(0, Optional.of("Type a whole number of messages from 1 to "
                + String.format(java.util.Locale.US, "%,d", TopicAdmin.MAX_PEEK_COUNT) + "."));
    }
}
