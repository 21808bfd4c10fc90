package io.pinpipe.messages.filter;

import io.pinpipe.messages.filter.Lexer.Kind;
import io.pinpipe.messages.filter.Lexer.Token;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The condition after a word: its subject (key, value, header.NAME, metadata or a JSON path) and operator. */
final class Conditions {

    private static final Map<String, Op> OPS = Map.of("=", Op.EQ, "!=", Op.NE, ">", Op.GT, ">=", Op.GE, "<", Op.LT,
            "<=", Op.LE, "~", Op.MATCHES, "in", Op.IN, "contains", Op.CONTAINS, "exists", Op.EXISTS);
    private static final String ALL_OPS = "=, !=, >, >=, <, <=, in, contains, ~ or exists";

    private final Parser p;

    Conditions(Parser parser) {
        this.p = parser;
    }

    Node subject(Token word) {
        String lower = word.text().toLowerCase(Locale.ROOT);
        boolean pathFollows = p.peek().is(".") || p.peek().is("[");
        switch (lower) {
            case "header":
                return header(word);
            case "key", "value":
                if (!pathFollows) {
                    return text(lower.equals("key") ? TextCondition.Subject.KEY : TextCondition.Subject.VALUE, word);
                }
                if (lower.equals("value")) {
                    return json(word, new ArrayList<>());
                }
                break;
            case "partition", "offset", "size":
                if (!pathFollows) {
                    return meta(MetaCondition.Field.valueOf(lower.toUpperCase(Locale.ROOT)), word);
                }
                break;
            case "timestamp":
                if (!pathFollows) {
                    return time(word);
                }
                break;
            case "and", "or", "not", "in", "contains", "exists", "true", "false", "null":
                throw p.error(word, "expected a condition (e.g. value contains \"text\" or $.country = \"Albania\"), found "
                        + word.shown());
            default:
                break;
        }
        var steps = new ArrayList<Object>();
        if (!word.text().equals("$")) {
            steps.add(word.text());
        }
        return json(word, steps);
    }

    private Op operator(String subject, String allowed) {
        Token token = p.next();
        Op op = token.kind() == Kind.SYMBOL || token.kind() == Kind.WORD
                ? OPS.get(token.text().toLowerCase(Locale.ROOT)) : null;
        boolean known = op != null
                && java.util.Arrays.asList(allowed.replace(" or ", ", ").split(", ")).contains(op.written);
        if (!known) {
            throw p.error(token, "expected an operator after '" + subject + "' (" + allowed + "), found "
                    + token.shown());
        }
        return op;
    }

    private Token opToken() {
        return p.peek();
    }

    private Node text(TextCondition.Subject subject, Token word) {
        Token opToken = opToken();
        Op op = operator(subject.written, "contains, =, !=, in, ~ or exists");
        return switch (op) {
            case EXISTS -> new TextCondition.Exists(subject);
            case CONTAINS -> new TextCondition.Contains(subject, new BytePattern(textValue(opToken)));
            case MATCHES -> regexCondition(opToken, (pattern, written) -> new TextCondition.Matches(subject, pattern, written));
            case IN -> new TextCondition.Equals(subject, op, patterns(p.list(opToken)));
            default -> new TextCondition.Equals(subject, op, List.of(new BytePattern(textValue(opToken))));
        };
    }

    private Node header(Token word) {
        Token dot = p.next();
        Token name = p.next();
        if (!dot.is(".") || !(name.kind() == Kind.WORD || name.kind() == Kind.TEXT)) {
            Token at = dot.is(".") ? name : dot;
            throw p.error(at, "expected a header name after 'header.' (quote odd names: header.\"my header\")");
        }
        String subject = "header." + name.text();
        Token opToken = opToken();
        Op op = operator(subject, "exists, =, !=, in, contains or ~");
        return switch (op) {
            case EXISTS -> HeaderCondition.exists(name.text());
            case MATCHES -> regexCondition(opToken, (pattern, written) -> HeaderCondition.matches(name.text(), pattern, written));
            case IN -> HeaderCondition.texts(name.text(), op, patterns(p.list(opToken)));
            default -> HeaderCondition.texts(name.text(), op, List.of(new BytePattern(textValue(opToken))));
        };
    }

    private Node meta(MetaCondition.Field field, Token word) {
        Token opToken = opToken();
        Op op = operator(field.written(), "=, !=, >, >=, <, <= or in");
        Token valueToken = p.peek();
        List<Literal> values = op == Op.IN ? p.list(opToken) : List.of(p.literal(opToken));
        long[] numbers = new long[values.size()];
        var written = new ArrayList<String>();
        for (int i = 0; i < numbers.length; i++) {
            if (!(values.get(i) instanceof Literal.Number number) || !number.whole()) {
                throw p.error(valueToken, "'" + field.written() + " " + op.written + "' needs whole numbers, found "
                        + values.get(i).describe());
            }
            numbers[i] = number.longValue();
            written.add(number.written());
        }
        return new MetaCondition.Number(field, op, numbers, written);
    }

    private Node time(Token word) {
        Token opToken = opToken();
        Op op = operator("timestamp", "=, !=, >, >=, <, <=");
        Token value = p.next();
        Instant instant = null;
        if (value.kind() == Kind.TEXT) {
            instant = Times.parse(value.text(), p.clock()).orElse(null);
        } else if (value.kind() == Kind.NUMBER && Literal.Number.of(value.text()).whole()) {
            instant = Instant.ofEpochMilli(Literal.Number.of(value.text()).longValue());
        }
        if (instant == null) {
            throw p.error(value, "expected a date-time in quotes after " + opToken.shown()
                    + ", e.g. \"2026-12-07T10:00:00Z\", \"2026-12-07 10:00\" or \"-1h\", found " + value.shown());
        }
        return new MetaCondition.Time(op, instant, value.text());
    }

    private Node json(Token word, List<Object> steps) {
        path(steps);
        var path = new JsonPath(steps);
        Token opToken = opToken();
        Op op = operator(path.describe(), ALL_OPS);
        return switch (op) {
            case EXISTS -> new JsonCondition(path, op, List.of(), null, null);
            case IN -> new JsonCondition(path, op, p.list(opToken), null, null);
            case MATCHES -> regexCondition(opToken, (pattern, written) -> new JsonCondition(path, op, List.of(), pattern, written));
            case CONTAINS -> new JsonCondition(path, op, List.of(new Literal.Text(textValue(opToken))), null, null);
            default -> {
                Literal literal = p.literal(opToken);
                if (op.ordering() && !(literal instanceof Literal.Number || literal instanceof Literal.Text)) {
                    throw p.error(opToken, opToken.shown() + " compares numbers and texts; true, false and null go "
                            + "with = and !=");
                }
                yield new JsonCondition(path, op, List.of(literal), null, null);
            }
        };
    }

    /** {@code .name}, {@code ."odd name"}, {@code [0]}, {@code ["odd name"]} after the first name. */
    private void path(List<Object> steps) {
        while (p.peek().is(".") || p.peek().is("[")) {
            Token step = p.next();
            Token name = p.next();
            if (step.is(".")) {
                if (name.kind() != Kind.WORD && name.kind() != Kind.TEXT) {
                    throw p.error(name, "expected a field name after '.', found " + name.shown());
                }
                steps.add(name.text());
                continue;
            }
            if (name.kind() == Kind.NUMBER && name.text().matches("\\d{1,9}")) {
                steps.add(Integer.parseInt(name.text()));
            } else if (name.kind() == Kind.TEXT) {
                steps.add(name.text());
            } else {
                throw p.error(name, "expected an index (0, 1, ...) or a quoted name after '[', found " + name.shown());
            }
            Token close = p.next();
            if (!close.is("]")) {
                throw p.error(close, "expected ']' after " + name.shown() + ", found " + close.shown());
            }
        }
    }

    private String textValue(Token opToken) {
        Token valueToken = p.peek();
        Literal literal = p.literal(opToken);
        if (literal instanceof Literal.Text || literal instanceof Literal.Number) {
            return literal.asText();
        }
        throw p.error(valueToken, "expected a quoted text after " + opToken.shown() + ", found " + literal.describe());
    }

    private static List<BytePattern> patterns(List<Literal> literals) {
        return literals.stream().map(l -> new BytePattern(l.asText())).toList();
    }

    private Node regexCondition(Token opToken, java.util.function.BiFunction<java.util.regex.Pattern, String, Node> make) {
        Token regex = p.regexToken(opToken);
        return make.apply(p.regex(regex), Parser.written(regex));
    }
}
