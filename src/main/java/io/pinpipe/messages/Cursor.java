package io.pinpipe.messages;

import java.util.Map;

/** A position per partition: where the next page starts ({@code after}) or the previous one ends ({@code before}). */
public record Cursor(Map<Integer, Long> offsets) {

    public Cursor {
        offsets = Map.copyOf(offsets);
    }
}
