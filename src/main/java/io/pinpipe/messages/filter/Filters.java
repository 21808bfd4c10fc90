package io.pinpipe.messages.filter;

import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageFilter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
     * A blank expression matches everything ({@link MessageFilter#ALL}).
     *
     * @throws FilterException naming the position (1-based column) and what was expected there
     */
    public static MessageFilter parse(String expression) {
        return parse(expression, Clock.systemDefaultZone());
    }

    /** As {@link #parse(String)}, with the clock that times ago ({@code "-1h"}) and local date-times are read by. */
    public static MessageFilter parse(String expression, Clock clock) {
        Node root = Parser.parse(expression == null ? "" : expression, clock);
        return root == null ? MessageFilter.ALL : new Expression(root);
    }

    /** All of them (an empty list matches everything). */
    public static MessageFilter allOf(List<MessageFilter> filters) {
        var parts = filters.stream().filter(f -> f != MessageFilter.ALL).toList();
        if (parts.isEmpty()) {
            return MessageFilter.ALL;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.stream().allMatch(f -> f instanceof Expression)) {
            var nodes = new ArrayList<Node>();
            parts.forEach(f -> nodes.add(((Expression) f).root()));
            return new Expression(Logic.and(nodes));
        }
        return new MessageFilter() {
            @Override
            public boolean test(Message message) {
                for (MessageFilter part : parts) {
                    if (!part.test(message)) {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public String describe() {
                return parts.stream().map(f -> f.describe().contains(" or ") ? "(" + f.describe() + ")" : f.describe())
                        .collect(Collectors.joining(" and "));
            }
        };
    }
}
