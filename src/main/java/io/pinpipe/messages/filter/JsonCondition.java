package io.pinpipe.messages.filter;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A condition on a field of the value as JSON ({@code $.user.age >= 30}, {@code category in (art, travel)}).
 * Numbers compare as numbers, also when the field holds a plain number as text ("1000"); texts compare as texts.
 * A value that is not JSON, a missing field or a type that does not fit never matches (and never fails).
 */
record JsonCondition(JsonPath path, Op op, List<Literal> literals, Pattern regex, String regexWritten)
        implements Node {

    @Override
    public boolean test(Eval eval) {
        JsonNode field = eval.field(path);
        if (field == null) {
            return false;
        }
        return switch (op) {
            case EXISTS -> true;
            case IN -> literals.stream().anyMatch(l -> Boolean.TRUE.equals(equal(field, l)));
            case EQ -> Boolean.TRUE.equals(equal(field, literals.get(0)));
            case NE -> Boolean.FALSE.equals(equal(field, literals.get(0)));
            case CONTAINS -> contains(field, literals.get(0).asText());
            case MATCHES -> (field.isValueNode() && !field.isNull()) && regex.matcher(field.asText()).find();
            default -> {
                Integer comparison = compare(field, literals.get(0));
                yield comparison != null && op.accepts(comparison);
            }
        };
    }

    /** A text field containing the text, or an array holding an element equal to it. */
    private static boolean contains(JsonNode field, String text) {
        if (field.isTextual()) {
            return field.textValue().contains(text);
        }
        if (field.isArray()) {
            for (JsonNode element : field) {
                if (element.isValueNode() && !element.isNull() && element.asText().equals(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the field equals the literal; null when they are of kinds that do not compare (no match either way). */
    static Boolean equal(JsonNode field, Literal literal) {
        if (literal instanceof Literal.Null) {
            return field.isNull();
        }
        if (literal instanceof Literal.Bool bool) {
            return field.isBoolean() ? field.booleanValue() == bool.value() : null;
        }
        if (literal instanceof Literal.Text text && field.isTextual()) {
            return field.textValue().equals(text.text());
        }
        Integer comparison = compare(field, literal);
        return comparison == null ? null : comparison == 0;
    }

    /** The field against a number or a text, or null when they do not compare (a word against a number). */
    static Integer compare(JsonNode field, Literal literal) {
        if (literal instanceof Literal.Number number) {
            return compareNumber(field, number.value(), number);
        }
        if (literal instanceof Literal.Text text) {
            if (field.isTextual()) {
                return Integer.signum(field.textValue().compareTo(text.text()));
            }
            BigDecimal written = plainNumber(text.text());
            return written == null ? null : compareNumber(field, written, null);
        }
        return null;
    }

    private static Integer compareNumber(JsonNode field, BigDecimal value, Literal.Number number) {
        if (field.isIntegralNumber() && field.canConvertToLong() && number != null && number.whole()) {
            return Long.compare(field.longValue(), number.longValue());
        }
        if (field.isNumber()) {
            return field.isFloatingPointNumber() && !Double.isFinite(field.doubleValue())
                    ? null : Integer.signum(field.decimalValue().compareTo(value));
        }
        if (field.isTextual()) {
            BigDecimal held = plainNumber(field.textValue());
            return held == null ? null : Integer.signum(held.compareTo(value));
        }
        return null;
    }

    /** A text that is just a number ("1000", "-2.5", "1e3"), or null ("26k", "", " 5"). */
    static BigDecimal plainNumber(String text) {
        if (text.isEmpty() || text.length() > 64) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E'
                    || ((c == '-' || c == '+') && (i == 0 || text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E'));
            if (!allowed || (i == 0 && c == '+')) {
                return null;
            }
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String describe() {
        String subject = path.describe();
        return switch (op) {
            case EXISTS -> subject + " exists";
            case MATCHES -> subject + " ~ " + regexWritten;
            case IN -> subject + " in (" + literals.stream().map(Literal::describe).collect(Collectors.joining(", ")) + ")";
            default -> subject + " " + op.written + " " + literals.get(0).describe();
        };
    }

    @Override
    public int cost() {
        return 50;
    }

    @Override
    public void paths(List<JsonPath> into) {
        into.add(path);
    }
}
