package io.pinpipe.messages.view;

import java.util.Optional;

/**
 * The kinds of start the pane offers; the field beside the choice holds what the kind needs (a count, an offset, a
 * date-time), and {@link #words} turns both into the text {@link io.pinpipe.messages.StartPositions#parse} reads.
 */
enum StartKind {
    NEWEST("Newest", "100", "How many of the newest messages, 1 to 10,000"),
    OLDEST("Oldest", "", "From each partition's first retained message"),
    OFFSET("Offset…", "0", "An offset for every partition (1200), or per partition (0:100,1:250)"),
    TIME("Date-time…", "1 hour ago",
            "2026-12-07 10:15, 2026-12-07T10:15:00Z, 2026-12-07, -30m or 2 days ago: the first message at or after it"),
    LIVE("Live", "", "Only messages written from now on, as they come");

    private final String label;
    private final String example;
    private final String help;

    StartKind(String label, String example, String help) {
        this.label = label;
        this.example = example;
        this.help = help;
    }

    /** Whether the kind needs the text field. */
    boolean needsText() {
        return !example.isEmpty();
    }

    String example() {
        return example;
    }

    String help() {
        return help;
    }

    /** What {@code StartPositions.parse} reads for this kind and the field's text. */
    String words(String text) {
        return switch (this) {
            case NEWEST -> "newest";
            case OLDEST -> "oldest";
            case LIVE -> "live";
            case OFFSET, TIME -> text == null ? "" : text.strip();
        };
    }

    /** The count of newest messages typed, or why it is not one. */
    static Optional<String> countProblem(String text) {
        try {
            var count = Integer.parseInt(text == null ? "" : text.strip());
            return count >= 1 && count <= 10_000 ? Optional.empty()
                    : Optional.of("Newest: a number of messages from 1 to 10,000, not " + count + ".");
        } catch (NumberFormatException e) {
            return Optional.of("Newest: a number of messages from 1 to 10,000, e.g. 100.");
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
