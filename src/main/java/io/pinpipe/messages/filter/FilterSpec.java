package io.pinpipe.messages.filter;

import io.pinpipe.messages.MessageFilter;

import java.time.Instant;
import java.util.Optional;

/**
 * The pane's filter fields, combined with "and": text the key or value contains, a regular expression (key or
 * value), an expression (the full syntax, for JSON fields and more), a header name and optional value, and a
 * timestamp range. Blank fields are left out. Saved per topic by {@link SavedFilters}.
 */
public record FilterSpec(String contains, String regex, String expression, String headerName, String headerValue,
                         Optional<Instant> from, Optional<Instant> until) {

    public static final FilterSpec NONE = new FilterSpec("", "", "", "", "", Optional.empty(), Optional.empty());

    /** @throws FilterException naming the field ("Regex: ...", "Expression: column 12: ...") */
    public MessageFilter toFilter() {
        throw new UnsupportedOperationException("helper: filter");
    }

    public boolean isEmpty() {
        return contains.isBlank() && regex.isBlank() && expression.isBlank() && headerName.isBlank()
                && from.isEmpty() && until.isEmpty();
    }
}
