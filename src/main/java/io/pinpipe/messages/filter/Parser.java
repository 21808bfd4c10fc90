package io.pinpipe.messages.filter;

import io.pinpipe.messages.filter.Lexer.Kind;
import io.pinpipe.messages.filter.Lexer.Token;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recursive descent over the tokens: {@code or := and ("or" and)*}, {@code and := unary ("and" unary)*},
 * {@code unary := "not" unary | "(" or ")" | "text" | /regex/ | subject operator value}.
 */
final class Parser {

    private static final String VALUE_KINDS = "(a number, a quoted text, true, false or null)";

    private final List<Token> tokens;
    private final Clock clock;
    private final Conditions conditions = new Conditions(this);
    private int at;

    private Parser(List<Token> tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The expression's tree, or null when it is blank. */
    static Node parse(String expression, Clock clock) {
        var parser = new Parser(Lexer.tokens(expression), clock);
        if (parser.peek().kind() == Kind.END) {
            return null;
        }
        Node node = parser.or();
        Token rest = parser.peek();
        if (rest.is(")")) {
            throw parser.error(rest, "this ')' has no matching '('");
        }
        if (rest.kind() != Kind.END) {
            throw parser.error(rest, "expected 'and', 'or' or the end after a condition, found " + rest.shown());
        }
        return node;
    }

    Clock clock() {
        return clock;
    }

    private Node or() {
        var parts = new ArrayList<Node>(List.of(and()));
        while (peek().is("or")) {
            at++;
            parts.add(and());
        }
        return Logic.or(parts);
    }

    private Node and() {
        var parts = new ArrayList<Node>(List.of(unary()));
        while (peek().is("and")) {
            at++;
            parts.add(unary());
        }
        return Logic.and(parts);
    }

    private Node unary() {
        Token token = peek();
        if (token.is("not")) {
            at++;
            return new Logic.Not(unary());
        }
        if (token.is("(")) {
            at++;
            Node inner = or();
            Token close = peek();
            if (!close.is(")")) {
                throw error(close, "expected ')' to close the '(' at column " + token.column() + ", found "
                        + close.shown());
            }
            at++;
            return inner;
        }
        at++;
        return switch (token.kind()) {
            case TEXT -> new TextCondition.Contains(TextCondition.Subject.EITHER, new BytePattern(token.text()));
            case REGEX -> new TextCondition.Matches(TextCondition.Subject.EITHER, regex(token), written(token));
            case WORD -> conditions.subject(token);
            default -> throw error(token, "expected a condition" + after(at - 2)
                    + " (e.g. value contains \"text\" or $.country = \"Albania\"), found " + token.shown());
        };
    }

    // ---- shared helpers for Conditions

    Token peek() {
        return tokens.get(at);
    }

    Token next() {
        return tokens.get(at++);
    }

    /** " after 'x'" naming the token before {@code index}, or nothing at the start. */
    String after(int index) {
        return index < 0 ? "" : " after " + tokens.get(index).shown();
    }

    FilterException error(Token token, String what) {
        return new FilterException(token.column(), "Column " + token.column() + ": " + what);
    }

    /** A value after an operator: a number, a quoted text, true, false or null. */
    Literal literal(Token op) {
        Token token = next();
        if (token.kind() == Kind.TEXT) {
            return new Literal.Text(token.text());
        }
        if (token.kind() == Kind.NUMBER) {
            return Literal.Number.of(token.text());
        }
        if (token.kind() == Kind.WORD) {
            switch (token.text().toLowerCase(Locale.ROOT)) {
                case "true": return new Literal.Bool(true);
                case "false": return new Literal.Bool(false);
                case "null": return new Literal.Null();
                default: break;
            }
        }
        throw error(token, "expected a value after " + op.shown() + " " + VALUE_KINDS);
    }

    /** {@code ( value, value, ... )}; unquoted words count as texts. */
    List<Literal> list(Token in) {
        Token open = next();
        if (!open.is("(")) {
            throw error(open, "expected '(' after 'in', e.g. in (\"art\", \"travel\")");
        }
        var values = new ArrayList<Literal>();
        while (true) {
            Token item = peek();
            if (item.kind() == Kind.WORD && !List.of("true", "false", "null").contains(item.text().toLowerCase(Locale.ROOT))) {
                at++;
                values.add(new Literal.Text(item.text()));
            } else if (item.kind() == Kind.TEXT || item.kind() == Kind.NUMBER || item.kind() == Kind.WORD) {
                values.add(literal(in));
            } else {
                throw error(item, "expected a value in the list (a number, a quoted text or a word), found "
                        + item.shown());
            }
            Token separator = next();
            if (separator.is(")")) {
                return values;
            }
            if (!separator.is(",")) {
                throw error(separator, "expected ',' or ')' in the list, found " + separator.shown());
            }
        }
    }

    /** The regex after '~'. */
    Token regexToken(Token op) {
        Token token = next();
        if (token.kind() != Kind.REGEX) {
            throw error(token, "expected a regular expression between slashes after '~', e.g. /^user-\\d+$/i, found "
                    + token.shown());
        }
        return token;
    }

    Pattern regex(Token token) {
        try {
            return Regex.compile(token.text(), token.flags());
        } catch (Regex.Invalid e) {
            throw error(token, e.sentence());
        }
    }

    static String written(Token regex) {
        return Regex.written(regex.text(), regex.flags());
    }
}
