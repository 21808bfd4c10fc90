package io.pinpipe.messages.filter;

import io.pinpipe.messages.MessageFilter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pane's filter fields, combined with "and": text the key or value contains, a regular expression (key or
 * value), an expression (the full syntax, for JSON fields and more), a header name and optional value (exact), and a
 * timestamp range (from inclusive, until exclusive). The regex field takes a plain regular expression or
 * {@code /re/flags} (flags i, m, s, x) as an expression does. Blank fields are left out. Saved per topic by
 * {@link SavedFilters}.
 */
public record FilterSpec(String contains, String regex, String expression, String headerName, String headerValue,
                         Optional<Instant> from, Optional<Instant> until) {

    public static final FilterSpec NONE = new FilterSpec("", "", "", "", "", Optional.empty(), Optional.empty());

    /** @throws FilterException naming the field ("Regex: ...", "Expression: column 12: ...") */
    public MessageFilter toFilter() {
        var parts = new ArrayList<Node>();
        if (!contains.isBlank()) {
            parts.add(new TextCondition.Contains(TextCondition.Subject.EITHER, new BytePattern(contains)));
        }
        if (!regex.isBlank()) {
            parts.add(regexPart());
        }
        if (!expression.isBlank()) {
            parts.add(expressionPart());
        }
        if (!headerName.isBlank()) {
            parts.add(headerValue.isEmpty() ? HeaderCondition.exists(headerName.strip())
                    : HeaderCondition.texts(headerName.strip(), Op.EQ, List.of(new BytePattern(headerValue))));
        }
        from.ifPresent(f -> parts.add(new MetaCondition.Time(Op.GE, f, f.toString())));
        until.ifPresent(u -> parts.add(new MetaCondition.Time(Op.LT, u, u.toString())));
        if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
            throw new FilterException(0, "Until: " + until.get() + " must be after From: " + from.get());
        }
        return parts.isEmpty() ? MessageFilter.ALL : new Expression(Logic.and(parts));
    }

    /** The regex field: a plain regular expression, or {@code /re/flags} as in an expression. */
    private Node regexPart() {
        var slashed = Regex.slashed(regex);
        String text = slashed.map(parts -> parts[0]).orElse(regex);
        String flags = slashed.map(parts -> parts[1]).orElse("");
        try {
            var pattern = Regex.compile(text, flags);
            return new TextCondition.Matches(TextCondition.Subject.EITHER, pattern, Regex.written(text, flags));
        } catch (Regex.Invalid e) {
            throw new FilterException(1, "Regex: " + e.getMessage());
        }
    }

    private Node expressionPart() {
        try {
            var filter = Filters.parse(expression);
            return ((Expression) filter).root();
        } catch (FilterException e) {
            String message = e.getMessage();
            throw new FilterException(e.column(), "Expression: " + Character.toLowerCase(message.charAt(0))
                    + message.substring(1));
        }
    }

    public boolean isEmpty() {
        return contains.isBlank() && regex.isBlank() && expression.isBlank() && headerName.isBlank()
                && from.isEmpty() && until.isEmpty();
    }
}
