package io.pinpipe.messages;

/**
 * How much a scan may read before it stops ({@link MessagePage.Stopped#LIMIT}): {@code messages} read or
 * {@code bytes} of messages read, a message's bytes being its key, value and headers as sent (uncompressed, as
 * {@link Message#size()} counts them). Over the limit the user is told the estimate first and chooses.
 * {@link #UNLIMITED} once they have chosen to read it all.
 */
public record ScanLimit(long messages, long bytes) {

    public static final ScanLimit DEFAULT = new ScanLimit(1_000_000, 1L << 30);
    public static final ScanLimit UNLIMITED = new ScanLimit(Long.MAX_VALUE, Long.MAX_VALUE);
}
