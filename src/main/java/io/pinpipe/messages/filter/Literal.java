package io.pinpipe.messages.filter;

import java.math.BigDecimal;

/** A value written in an expression: a quoted text, a number, true, false or null. */
sealed interface Literal {

    String describe();

    /** The literal as text for key, value and header conditions (a number as written). */
    String asText();

    record Text(String text) implements Literal {
        @Override
        public String describe() {
            return quote(text);
        }

        @Override
        public String asText() {
            return text;
        }
    }

    record Number(BigDecimal value, String written, boolean whole, long longValue) implements Literal {
        static Number of(String written) {
            var value = new BigDecimal(written);
            boolean whole = value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
            return new Number(value, written, whole, whole ? value.longValue() : 0);
        }

        @Override
        public String describe() {
            return written;
        }

        @Override
        public String asText() {
            return written;
        }
    }

    record Bool(boolean value) implements Literal {
        @Override
        public String describe() {
            return Boolean.toString(value);
        }

        @Override
        public String asText() {
            return describe();
        }
    }

    record Null() implements Literal {
        @Override
        public String describe() {
            return "null";
        }

        @Override
        public String asText() {
            return "null";
        }
    }

    /** A text in double quotes with quotes, backslashes and control characters escaped. */
    static String quote(String text) {
        var out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
