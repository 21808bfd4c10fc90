package io.pinpipe.messages.filter;

/** The operators of a condition, as written. */
enum Op {
    EQ("="), NE("!="), GT(">"), GE(">="), LT("<"), LE("<="), IN("in"), CONTAINS("contains"), MATCHES("~"),
    EXISTS("exists");

    final String written;

    Op(String written) {
        this.written = written;
    }

    boolean ordering() {
        return this == GT || this == GE || this == LT || this == LE;
    }

    /** Whether a comparison result (-1, 0, 1 as from compareTo) satisfies =, !=, >, >=, <, <=. */
    boolean accepts(int comparison) {
        return switch (this) {
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            default -> throw new IllegalStateException(written + " is not a comparison");
        };
    }
}
