package io.pinpipe.messages.filter;

import io.pinpipe.messages.MessageFilter;

/**
 * Filters from what a person writes. The syntax (decision record 12), for example
 * {@code value contains "Albania" and $.follower_count > 1000}, {@code category in ("art", "travel")},
 * {@code key ~ /^user-\d+$/}, {@code header.source = "emulator"}, {@code timestamp >= "2026-12-07T10:00:00Z"},
 * {@code not $.user.country exists}; a bare quoted text means "key or value contains it". JSON conditions on a value
 * that is not JSON, or a field that is missing, do not match (no error).
 */
public final class Filters {

    private Filters() {
    }

    /**
     * @throws FilterException naming the position (1-based column) and what was expected there
     */
    public static MessageFilter parse(String expression) {
        throw new UnsupportedOperationException("helper: filter");
    }

    /** All of them (an empty list matches everything). */
    public static MessageFilter allOf(java.util.List<MessageFilter> filters) {
        throw new UnsupportedOperationException("helper: filter");
    }
}
