package io.pinpipe.messages.filter;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The one place a filter's regular expression is compiled, for the expression's {@code /re/flags} and the pane's regex field. */
final class Regex {

    /** What is wrong with a regular expression: a flag, or its syntax (the description and index, in words). */
    static final class Invalid extends RuntimeException {
        final boolean flag;

        Invalid(String words, boolean flag) {
            super(words, null, false, false);
            this.flag = flag;
        }

        /** "unknown regular expression flag 'g' (use i, m, s or x)" or "invalid regular expression: ...". */
        String sentence() {
            return flag ? getMessage() : "invalid regular expression: " + getMessage();
        }
    }

    private Regex() {
    }

    /** @throws Invalid naming the flag, or the syntax error ("Unclosed group near index 4") */
    static Pattern compile(String text, String flags) {
        int bits = 0;
        for (char flag : flags.toCharArray()) {
            bits |= switch (flag) {
                case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case 'x' -> Pattern.COMMENTS;
                default -> throw new Invalid("unknown regular expression flag '" + flag + "' (use i, m, s or x)", true);
            };
        }
        try {
            return Pattern.compile(text, bits);
        } catch (PatternSyntaxException e) {
            throw new Invalid(e.getDescription() + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""), false);
        }
    }

    /** {@code /re/flags} as a field holds it: the text between the slashes and the flag letters; empty when plain. */
    static Optional<String[]> slashed(String field) {
        String text = field.strip();
        int close = text.lastIndexOf('/');
        if (text.length() < 2 || text.charAt(0) != '/' || close < 1 || !text.substring(close + 1).chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(new String[]{text.substring(1, close).replace("\\/", "/"), text.substring(close + 1)});
    }

    /** How it reads back: {@code /re/flags}. */
    static String written(String text, String flags) {
        return "/" + text.replace("/", "\\/") + "/" + flags;
    }
}
