package io.pinpipe.messages.filter;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A condition on the key, the value, or either ({@code "x"} alone, {@code /re/} alone): contains and equality on
 * the raw bytes, a regular expression on the text decoded once per message, exists (not null), in a list.
 */
final class TextCondition {

    enum Subject {
        KEY("key"), VALUE("value"), EITHER("");

        final String written;

        Subject(String written) {
            this.written = written;
        }

        byte[] bytes(Eval eval, boolean key) {
            return key ? eval.message.key() : eval.message.value();
        }
    }

    private TextCondition() {
    }

    private static boolean either(Subject subject, java.util.function.Predicate<Boolean> onKey) {
        return switch (subject) {
            case KEY -> onKey.test(true);
            case VALUE -> onKey.test(false);
            case EITHER -> onKey.test(true) || onKey.test(false);
        };
    }

    private static String prefix(Subject subject, String op) {
        return subject == Subject.EITHER ? "" : subject.written + " " + op + " ";
    }

    /** {@code key contains "x"}, {@code value contains "x"}, or {@code "x"} alone (key or value). */
    record Contains(Subject subject, BytePattern pattern) implements Node {
        @Override
        public boolean test(Eval eval) {
            return switch (subject) {
                case KEY -> pattern.foundIn(eval.message.key());
                case VALUE -> pattern.foundIn(eval.message.value());
                case EITHER -> pattern.foundIn(eval.message.key()) || pattern.foundIn(eval.message.value());
            };
        }

        @Override
        public String describe() {
            return prefix(subject, "contains") + Literal.quote(pattern.text());
        }

        @Override
        public int cost() {
            return 10;
        }
    }

    /** {@code key = "x"}, {@code value != "x"}, {@code key in ("a", "b")}: the bytes equal one of the texts. */
    record Equals(Subject subject, Op op, List<BytePattern> texts) implements Node {
        @Override
        public boolean test(Eval eval) {
            boolean equal = either(subject, key -> anyEqual(subject.bytes(eval, key)));
            return op == Op.NE ? !equal : equal;
        }

        private boolean anyEqual(byte[] bytes) {
            for (var text : texts) {
                if (text.equalTo(bytes)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String describe() {
            if (op == Op.IN) {
                return subject.written + " in (" + texts.stream().map(t -> Literal.quote(t.text()))
                        .collect(Collectors.joining(", ")) + ")";
            }
            return subject.written + " " + op.written + " " + Literal.quote(texts.get(0).text());
        }

        @Override
        public int cost() {
            return 2;
        }
    }

    /** {@code value ~ /re/i}, or {@code /re/} alone (key or value): found anywhere in the decoded text. */
    record Matches(Subject subject, Pattern regex, String written) implements Node {
        @Override
        public boolean test(Eval eval) {
            return either(subject, key -> {
                String text = key ? eval.keyText() : eval.valueText();
                return text != null && regex.matcher(text).find();
            });
        }

        @Override
        public String describe() {
            return prefix(subject, "~") + written;
        }

        @Override
        public int cost() {
            return 40;
        }
    }

    /** {@code key exists}: not null. */
    record Exists(Subject subject) implements Node {
        @Override
        public boolean test(Eval eval) {
            return either(subject, key -> subject.bytes(eval, key) != null);
        }

        @Override
        public String describe() {
            return subject.written + " exists";
        }

        @Override
        public int cost() {
            return 1;
        }
    }
}
