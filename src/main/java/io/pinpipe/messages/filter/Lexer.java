package io.pinpipe.messages.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits an expression into words, quoted texts, numbers, /regexes/ and symbols, each with its 1-based column. */
final class Lexer {

    enum Kind { WORD, TEXT, NUMBER, REGEX, SYMBOL, END }

    /** One token; {@code flags} only for a regex. */
    record Token(Kind kind, String text, String flags, int column) {

        boolean is(String symbolOrKeyword) {
            return (kind == Kind.SYMBOL && text.equals(symbolOrKeyword))
                    || (kind == Kind.WORD && text.equalsIgnoreCase(symbolOrKeyword));
        }

        /** The token as a person would point at it in a message. */
        String shown() {
            return switch (kind) {
                case END -> "the end";
                case TEXT -> Literal.quote(text);
                case REGEX -> "/" + text + "/" + flags;
                default -> "'" + text + "'";
            };
        }
    }

    private static final Set<String> RESERVED = Set.of("key", "value", "header", "partition", "offset", "timestamp",
            "size", "and", "or", "not", "in", "contains", "exists", "true", "false", "null");
    private static final String SYMBOLS = "()[],.=~";

    private final String source;
    private int at;

    private Lexer(String source) {
        this.source = source;
    }

    static List<Token> tokens(String source) {
        var lexer = new Lexer(source);
        var tokens = new ArrayList<Token>();
        Token token;
        do {
            token = lexer.next();
            tokens.add(token);
        } while (token.kind() != Kind.END);
        return tokens;
    }

    static boolean isPlainName(String name) {
        if (name.isEmpty() || !isNameStart(name.charAt(0))) {
            return false;
        }
        return name.chars().allMatch(c -> isNamePart((char) c));
    }

    static boolean isReserved(String word) {
        return RESERVED.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '-';
    }

    private Token next() {
        while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
            at++;
        }
        int start = at;
        if (at >= source.length()) {
            return new Token(Kind.END, "", "", start + 1);
        }
        char c = source.charAt(at);
        if (c == '"' || c == '\'') {
            return text(c);
        }
        if (c == '/') {
            return regex();
        }
        if (Character.isDigit(c) || (c == '-' && at + 1 < source.length() && Character.isDigit(source.charAt(at + 1)))) {
            return number();
        }
        if (isNameStart(c)) {
            while (at < source.length() && isNamePart(source.charAt(at))) {
                at++;
            }
            return new Token(Kind.WORD, source.substring(start, at), "", start + 1);
        }
        if ((c == '!' || c == '>' || c == '<') && at + 1 < source.length() && source.charAt(at + 1) == '=') {
            at += 2;
            return new Token(Kind.SYMBOL, c + "=", "", start + 1);
        }
        if (c == '>' || c == '<' || SYMBOLS.indexOf(c) >= 0) {
            at++;
            return new Token(Kind.SYMBOL, String.valueOf(c), "", start + 1);
        }
        throw new FilterException(start + 1, "Column " + (start + 1) + ": unexpected character '" + c
                + "' (texts go in double quotes, regular expressions between slashes)");
    }

    private Token text(char quote) {
        int start = at++;
        var out = new StringBuilder();
        while (at < source.length()) {
            char c = source.charAt(at++);
            if (c == quote) {
                return new Token(Kind.TEXT, out.toString(), "", start + 1);
            }
            if (c == '\\' && at < source.length()) {
                out.append(escape(at - 1));
            } else {
                out.append(c);
            }
        }
        throw new FilterException(start + 1, "Column " + (start + 1) + ": the text that starts here has no closing "
                + quote);
    }

    private String escape(int backslash) {
        char c = source.charAt(at++);
        switch (c) {
            case 'n': return "\n";
            case 't': return "\t";
            case 'r': return "\r";
            case 'u':
                if (at + 4 <= source.length()) {
                    try {
                        String hex = source.substring(at, at + 4);
                        at += 4;
                        return String.valueOf((char) Integer.parseInt(hex, 16));
                    } catch (NumberFormatException e) {
                        // reported below
                    }
                }
                throw new FilterException(backslash + 1, "Column " + (backslash + 1)
                        + ": \\u must be followed by four hex digits");
            default: return String.valueOf(c);
        }
    }

    private Token regex() {
        int start = at++;
        var out = new StringBuilder();
        while (at < source.length()) {
            char c = source.charAt(at++);
            if (c == '/') {
                int flagsStart = at;
                while (at < source.length() && Character.isLetter(source.charAt(at))) {
                    at++;
                }
                return new Token(Kind.REGEX, out.toString(), source.substring(flagsStart, at), start + 1);
            }
            if (c == '\\' && at < source.length() && source.charAt(at) == '/') {
                out.append('/');
                at++;
            } else {
                out.append(c);
            }
        }
        throw new FilterException(start + 1, "Column " + (start + 1)
                + ": the regular expression that starts here has no closing /");
    }

    private Token number() {
        int start = at;
        at++;
        while (at < source.length() && (Character.isDigit(source.charAt(at)) || source.charAt(at) == '.')) {
            at++;
        }
        if (at < source.length() && (source.charAt(at) == 'e' || source.charAt(at) == 'E')) {
            int mark = at++;
            if (at < source.length() && (source.charAt(at) == '+' || source.charAt(at) == '-')) {
                at++;
            }
            if (at >= source.length() || !Character.isDigit(source.charAt(at))) {
                at = mark;
            }
            while (at < source.length() && Character.isDigit(source.charAt(at))) {
                at++;
            }
        }
        String written = source.substring(start, at);
        if ((at < source.length() && isNamePart(source.charAt(at))) || written.endsWith(".")
                || written.indexOf('.') != written.lastIndexOf('.')) {
            while (at < source.length() && isNamePart(source.charAt(at))) {
                at++;
            }
            throw new FilterException(start + 1, "Column " + (start + 1) + ": '" + source.substring(start, at)
                    + "' is not a number (quote texts, e.g. \"" + source.substring(start, at) + "\")");
        }
        try {
            new java.math.BigDecimal(written);
        } catch (NumberFormatException e) {
            throw new FilterException(start + 1, "Column " + (start + 1) + ": the number " + written
                    + " is out of range (its exponent must be within ±999999999)");
        }
        return new Token(Kind.NUMBER, written, "", start + 1);
    }
}
