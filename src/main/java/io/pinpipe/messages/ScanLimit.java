package io.pinpipe.messages;

/**
 * How much a search may read before it asks: over {@code messages} or {@code bytes} the user is told the estimate
 * first and chooses. {@link #UNLIMITED} once they have chosen to read it all.
 */
public record ScanLimit(long messages, long bytes) {

    public static final ScanLimit DEFAULT = new ScanLimit(1_000_000, 1L << 30);
    public static final ScanLimit UNLIMITED = new ScanLimit(Long.MAX_VALUE, Long.MAX_VALUE);
}
