package io.pinpipe.consumers.view;

/** The choices of the reset dialog's "Reset to", in the order they are offered. */
public enum ResetTargetKind {
    EARLIEST("the earliest offset"),
    LATEST("the latest offset"),
    OFFSET("an offset"),
    DATETIME("a date and time"),
    DURATION("a duration ago"),
    SHIFT("a shift by N"),
    GROUP("another group's offsets"),
    FILE("a CSV file");

    private final String label;

    ResetTargetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
