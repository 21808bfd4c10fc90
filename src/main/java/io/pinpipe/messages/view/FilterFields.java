package io.pinpipe.messages.view;

import io.pinpipe.messages.MessageException;
import io.pinpipe.messages.MessageFilter;
import io.pinpipe.messages.StartPosition;
import io.pinpipe.messages.StartPositions;
import io.pinpipe.messages.filter.FilterException;
import io.pinpipe.messages.filter.FilterSpec;
import io.pinpipe.messages.filter.Filters;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The filter row's fields: Contains and Expression, and under "More" a regex, a header and a time range. Each field
 * with a problem says so next to itself; {@link #toFilter} is empty while any has one, so a bad filter runs nothing.
 */
final class FilterFields {

    private final StringProperty contains = new SimpleStringProperty("");
    private final StringProperty expression = new SimpleStringProperty("");
    private final StringProperty regex = new SimpleStringProperty("");
    private final StringProperty headerName = new SimpleStringProperty("");
    private final StringProperty headerValue = new SimpleStringProperty("");
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty until = new SimpleStringProperty("");
    private final BooleanProperty more = new SimpleBooleanProperty(false);
    private final StringProperty expressionProblem = new SimpleStringProperty("");
    private final StringProperty moreProblem = new SimpleStringProperty("");
    private final Clock clock;
    /** 1-based column of the expression's problem, 0 for none. */
    private int problemColumn;
    /** Told the column when a search is refused for the expression: the view puts the caret there. */
    private java.util.function.IntConsumer badExpression = column -> { };

    FilterFields(Clock clock) {
        this.clock = clock;
        expression.addListener((obs, old, text) -> checkExpression());
        regex.addListener((obs, old, text) -> moreProblem.set(""));
        from.addListener((obs, old, text) -> moreProblem.set(""));
        until.addListener((obs, old, text) -> moreProblem.set(""));
        headerName.addListener((obs, old, text) -> moreProblem.set(""));
    }

    /** As typed: the expression parsed at once, its problem (with its column) shown next to it. */
    private void checkExpression() {
        var text = expression.get();
        if (text == null || text.isBlank()) {
            expressionProblem.set("");
            return;
        }
        try {
            Filters.parse(text);
            expressionProblem.set("");
            problemColumn = 0;
        } catch (FilterException e) {
            expressionProblem.set(e.getMessage());
            problemColumn = e.column();
        } catch (MessageException e) {
            expressionProblem.set(e.getMessage());
            problemColumn = 0;
        }
    }

    /** The filter of the fields, or empty with each problem shown next to its field. */
    Optional<MessageFilter> toFilter() {
        checkExpression();
        if (!expressionProblem.get().isEmpty()) {
            badExpression.accept(problemColumn);
            return Optional.empty();
        }
        try {
            var spec = spec();
            return Optional.of(spec.isEmpty() ? MessageFilter.ALL : spec.toFilter());
        } catch (FilterException e) {
            show(e.getMessage());
            return Optional.empty();
        } catch (MessageException e) {
            moreProblem.set(e.getMessage());
            more.set(true);
            return Optional.empty();
        }
    }

    private void show(String problem) {
        if (problem.startsWith("Expression")) {
            expressionProblem.set(problem);
        } else {
            moreProblem.set(problem);
            more.set(true);
        }
    }

    /** The fields as a spec, the times read as the start field reads them. */
    FilterSpec spec() {
        return new FilterSpec(text(contains), text(regex), text(expression), text(headerName), text(headerValue),
                time("From", from.get()), time("Until", until.get()));
    }

    /** Fills the fields from a saved filter. */
    void apply(FilterSpec spec) {
        contains.set(spec.contains());
        regex.set(spec.regex());
        expression.set(spec.expression());
        headerName.set(spec.headerName());
        headerValue.set(spec.headerValue());
        from.set(spec.from().map(Instant::toString).orElse(""));
        until.set(spec.until().map(Instant::toString).orElse(""));
        more.set(!spec.regex().isBlank() || !spec.headerName().isBlank() || spec.from().isPresent()
                || spec.until().isPresent());
    }

    void clear() {
        apply(FilterSpec.NONE);
    }

    private Optional<Instant> time(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            if (StartPositions.parse(text.strip(), 1, clock) instanceof StartPosition.AtTime at) {
                return Optional.of(at.time());
            }
        } catch (MessageException e) {
            throw MessageException.invalid(field + ": " + e.getMessage());
        }
        throw MessageException.invalid(field + ": a date-time such as 2026-12-07 10:15 or 1 hour ago, not “"
                + text.strip() + "”.");
    }

    private static String text(StringProperty property) {
        return property.get() == null ? "" : property.get().strip();
    }

    void onBadExpression(java.util.function.IntConsumer action) {
        badExpression = action;
    }

    StringProperty containsProperty() {
        return contains;
    }

    StringProperty expressionProperty() {
        return expression;
    }

    StringProperty regexProperty() {
        return regex;
    }

    StringProperty headerNameProperty() {
        return headerName;
    }

    StringProperty headerValueProperty() {
        return headerValue;
    }

    StringProperty fromProperty() {
        return from;
    }

    StringProperty untilProperty() {
        return until;
    }

    BooleanProperty moreProperty() {
        return more;
    }

    StringProperty expressionProblemProperty() {
        return expressionProblem;
    }

    StringProperty moreProblemProperty() {
        return moreProblem;
    }
}
