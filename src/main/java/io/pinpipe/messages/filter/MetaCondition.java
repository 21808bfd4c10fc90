package io.pinpipe.messages.filter;

import java.time.Instant;
import java.util.List;

/** A condition on where a message sits or what it weighs: partition, offset, size (bytes), timestamp. */
final class MetaCondition {

    enum Field {
        PARTITION, OFFSET, SIZE, TIMESTAMP;

        String written() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private MetaCondition() {
    }

    /** {@code partition = 3}, {@code offset >= 100}, {@code size > 1000}, {@code partition in (0, 2)}. */
    record Number(Field field, Op op, long[] values, List<String> written) implements Node {
        @Override
        public boolean test(Eval eval) {
            long actual = switch (field) {
                case PARTITION -> eval.message.partition();
                case OFFSET -> eval.message.offset();
                case SIZE -> eval.message.size();
                case TIMESTAMP -> eval.message.timestamp().toEpochMilli();
            };
            if (op == Op.IN) {
                for (long value : values) {
                    if (value == actual) {
                        return true;
                    }
                }
                return false;
            }
            return op.accepts(Long.compare(actual, values[0]));
        }

        @Override
        public String describe() {
            if (op == Op.IN) {
                return field.written() + " in (" + String.join(", ", written) + ")";
            }
            return field.written() + " " + op.written + " " + written.get(0);
        }

        @Override
        public int cost() {
            return field == Field.SIZE ? 3 : 1;
        }
    }

    /** {@code timestamp >= "2026-12-07T10:00:00Z"}, {@code timestamp >= "-1h"} (resolved when parsed). */
    record Time(Op op, Instant instant, String written) implements Node {
        @Override
        public boolean test(Eval eval) {
            return op.accepts(eval.message.timestamp().compareTo(instant));
        }

        @Override
        public String describe() {
            return "timestamp " + op.written + " " + Literal.quote(written);
        }

        @Override
        public int cost() {
            return 1;
        }
    }
}
