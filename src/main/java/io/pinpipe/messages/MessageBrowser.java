package io.pinpipe.messages;

import io.pinpipe.client.ClusterClient;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads messages of one topic on a cluster's {@link ClusterClient}: pages from any start, forwards and backwards,
 * through a filter, and a live tail. Every method blocks (call it off the FX thread), uses assigned consumers that
 * join no group and commit nothing, checks {@code cancelled} at least every poll, and throws
 * {@link MessageException} with a sentence instead of Kafka's exceptions.
 */
public final class MessageBrowser {

    private final ClusterClient client;

    private MessageBrowser(ClusterClient client) {
        this.client = client;
    }

    /** On a shared client: nothing here closes it. */
    public static MessageBrowser on(ClusterClient client) {
        return new MessageBrowser(client);
    }

    /** The topic's partition numbers, ascending; NOT_FOUND for a topic that does not exist. */
    public List<Integer> partitions(String topic) {
        throw new UnsupportedOperationException("helper: engine");
    }

    /** What the request would scan at most, from its start to the partitions' current ends. */
    public ScanEstimate estimate(BrowseRequest request) {
        throw new UnsupportedOperationException("helper: engine");
    }

    /**
     * The first page of the request. Stops at a full page, at the end of the chosen partitions as they were when it
     * began, at the request's scan limit ({@link MessagePage.Stopped#LIMIT}) or when cancelled (what was matched so
     * far is kept). Bad input (a partition that does not exist, an offset out of range) is refused before anything
     * is read.
     */
    public MessagePage read(BrowseRequest request, ScanListener listener, BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("helper: engine");
    }

    /** The page after {@code page}: the next matches from {@code page.after()}. */
    public MessagePage next(BrowseRequest request, MessagePage page, ScanListener listener, BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("helper: engine");
    }

    /** The page before {@code page}: the matches just older than {@code page.before()}, read backwards in chunks. */
    public MessagePage previous(BrowseRequest request, MessagePage page, ScanListener listener, BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("helper: engine");
    }

    /**
     * Every match as it is read, from the request's start, until cancelled or (for a start other than
     * {@link StartPosition.Live}) never: after the existing messages it keeps waiting for new ones. Matches go to
     * {@code listener.matched} per poll; progress a few times a second. Used by the live tail and by export.
     */
    public void follow(BrowseRequest request, ScanListener listener, BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("helper: engine");
    }

    /**
     * Every match from the request's start to the partitions' ends as they were when it began (no page size),
     * handed to {@code listener.matched} in batches: what export and {@code messages read --count 0} use. Respects
     * the request's scan limit like {@link #read}; returns the final progress and why it stopped.
     */
    public MessagePage.Stopped scanAll(BrowseRequest request, ScanListener listener, BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("helper: engine");
    }

    ClusterClient client() {
        return client;
    }
}
