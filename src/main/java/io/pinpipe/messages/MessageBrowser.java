package io.pinpipe.messages;

import io.pinpipe.client.ClusterClient;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Reads messages of one topic on a cluster's {@link ClusterClient}: pages from any start, forwards and backwards,
 * through a filter, and a live tail. Every method blocks (call it off the FX thread), uses assigned consumers that
 * join no group and commit nothing, checks {@code cancelled} at least every poll, and throws
 * {@link MessageException} with a sentence instead of Kafka's exceptions.
 */
public final class MessageBrowser {

    /** A browse consumer has no group to leave and nothing to commit: closing need not wait for its last fetch. */
    private static final Duration CLOSE_WAIT = Duration.ZERO;

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
        return TopicLayout.describe(client.admin(), calls(), checkedTopic(topic)).all();
    }

    /** What the request would scan at most, from its start to the partitions' current ends. */
    public ScanEstimate estimate(BrowseRequest request) {
        var calls = calls();
        var layout = layout(request, calls);
        var from = request.start() instanceof StartPosition.Newest && request.filter() != MessageFilter.ALL
                ? layout.earliest() : StartOffsets.resolve(client.admin(), calls, layout, request.start());
        long messages = 0;
        for (var entry : from.entrySet()) {
            messages += Math.max(0, layout.end(entry.getKey()) - entry.getValue());
        }
        return new ScanEstimate(messages, LogSizes.estimate(client.admin(), calls, layout, from), limit(request));
    }

    /**
     * The first page of the request. Stops at a full page, at the end of the chosen partitions as they were when it
     * began, at the request's scan limit ({@link MessagePage.Stopped#LIMIT}) or when cancelled (what was matched so
     * far is kept). Bad input (a partition that does not exist, an offset out of range) is refused before anything
     * is read.
     */
    public MessagePage read(BrowseRequest request, ScanListener listener, BooleanSupplier cancelled) {
        var calls = calls();
        var layout = layout(request, calls);
        if (request.start() instanceof StartPosition.Newest) {
            return backward(request, layout, layout.end(), listener, cancelled, calls);
        }
        var from = StartOffsets.resolve(client.admin(), calls, layout, request.start());
        return forward(request, layout, from, listener, cancelled, calls);
    }

    /** The page after {@code page}: the next matches from {@code page.after()}. */
    public MessagePage next(BrowseRequest request, MessagePage page, ScanListener listener, BooleanSupplier cancelled) {
        var calls = calls();
        var layout = cursorLayout(request, page.after(), calls);
        var from = new TreeMap<Integer, Long>();
        page.after().offsets().forEach((p, offset) ->
                from.put(p, Math.min(layout.end(p), Math.max(layout.earliest(p), offset))));
        return forward(request, layout, from, listener, cancelled, calls);
    }

    /** The page before {@code page}: the matches just older than {@code page.before()}, read backwards in chunks. */
    public MessagePage previous(BrowseRequest request, MessagePage page, ScanListener listener, BooleanSupplier cancelled) {
        var calls = calls();
        var layout = cursorLayout(request, page.before(), calls);
        var upper = new TreeMap<Integer, Long>();
        page.before().offsets().forEach((p, offset) ->
                upper.put(p, Math.min(layout.end(p), Math.max(layout.earliest(p), offset))));
        return backward(request, layout, upper, listener, cancelled, calls);
    }

    /**
     * Every match as it is read, from the request's start, until cancelled or (for a start other than
     * {@link StartPosition.Live}) never: after the existing messages it keeps waiting for new ones. Matches go to
     * {@code listener.matched} per poll; progress a few times a second. Used by the live tail and by export.
     */
    public void follow(BrowseRequest request, ScanListener listener, BooleanSupplier cancelled) {
        var calls = calls();
        var layout = layout(request, calls);
        var from = StartOffsets.resolve(client.admin(), calls, layout, request.start());
        var until = new TreeMap<Integer, Long>();
        from.keySet().forEach(p -> until.put(p, ForwardScan.NO_END));
        var meter = new ScanMeter(listener, ScanLimit.UNLIMITED, cancelled);
        withConsumer("follow", calls, consumer -> new ForwardScan(consumer, calls, request.topic(), filter(request),
                meter).run(from, until, Integer.MAX_VALUE, listener::matched));
        meter.finish();
    }

    /**
     * Every match from the request's start to the partitions' ends as they were when it began (no page size),
     * handed to {@code listener.matched} in batches: what export and {@code messages read --count 0} use. Respects
     * the request's scan limit like {@link #read}; returns the final progress and why it stopped.
     */
    public MessagePage.Stopped scanAll(BrowseRequest request, ScanListener listener, BooleanSupplier cancelled) {
        var calls = calls();
        var layout = layout(request, calls);
        var from = StartOffsets.resolve(client.admin(), calls, layout, request.start());
        var meter = new ScanMeter(listener, limit(request), cancelled);
        var result = withConsumer("scan", calls, consumer -> new ForwardScan(consumer, calls, request.topic(),
                filter(request), meter).run(from, layout.end(), Integer.MAX_VALUE, listener::matched));
        meter.finish();
        return result.stopped();
    }

    private MessagePage forward(BrowseRequest request, TopicLayout layout, Map<Integer, Long> from,
                                ScanListener listener, BooleanSupplier cancelled, MessageCalls calls) {
        int size = pageSize(request);
        var meter = new ScanMeter(listener, limit(request), cancelled);
        var result = withConsumer("browse", calls, consumer -> new ForwardScan(consumer, calls, request.topic(),
                filter(request), meter).run(from, layout.end(), size, null));
        return Pages.forward(layout, from, result, size, newestFirst(request), meter.finish());
    }

    private MessagePage backward(BrowseRequest request, TopicLayout layout, Map<Integer, Long> upper,
                                 ScanListener listener, BooleanSupplier cancelled, MessageCalls calls) {
        int size = pageSize(request);
        var meter = new ScanMeter(listener, limit(request), cancelled);
        var result = withConsumer("browse", calls, consumer -> new BackwardScan(consumer, calls, request.topic(),
                filter(request), meter).run(upper, layout.earliest(), size));
        return Pages.backward(layout, upper, result, size, newestFirst(request), meter.finish());
    }

    private TopicLayout layout(BrowseRequest request, MessageCalls calls) {
        var described = TopicLayout.describe(client.admin(), calls, checkedTopic(request.topic()));
        var chosen = StartOffsets.partitions(described, request.partitions(), request.start());
        return described.withOffsets(client.admin(), calls, chosen);
    }

    private TopicLayout cursorLayout(BrowseRequest request, Cursor cursor, MessageCalls calls) {
        var described = TopicLayout.describe(client.admin(), calls, checkedTopic(request.topic()));
        var chosen = described.choose(new ArrayList<>(cursor.offsets().keySet()));
        return described.withOffsets(client.admin(), calls, chosen);
    }

    /** Runs {@code body} on a new tuned consumer and closes it without waiting for its last fetch to come back. */
    private <T> T withConsumer(String purpose, MessageCalls calls, Function<KafkaConsumer<byte[], byte[]>, T> body) {
        var started = System.nanoTime();
        KafkaConsumer<byte[], byte[]> consumer;
        try {
            consumer = client.consumer(purpose, ConsumerTuning::apply);
        } catch (KafkaException e) {
            throw calls.describe(e, "open a consumer");
        }
        MessageCalls.log.debug("Consumer for {} made in {} ms", purpose, MessageCalls.millisSince(started));
        try {
            return body.apply(consumer);
        } finally {
            var closing = System.nanoTime();
            try {
                consumer.close(CloseOptions.timeout(CLOSE_WAIT));
            } catch (KafkaException e) {
                MessageCalls.log.debug("Closing the {} consumer: {}", purpose, e.toString());
            }
            MessageCalls.log.debug("Consumer for {} closed in {} ms", purpose, MessageCalls.millisSince(closing));
        }
    }

    private MessageCalls calls() {
        return new MessageCalls(client.clientId(), client.where(), client.timeout());
    }

    private static String checkedTopic(String topic) {
        if (topic == null || topic.isBlank()) {
            throw MessageException.invalid("Name a topic to read");
        }
        return topic;
    }

    private static int pageSize(BrowseRequest request) {
        int size = request.pageSize();
        if (size < 1 || size > BrowseRequest.MAX_PAGE_SIZE) {
            throw MessageException.invalid("A page holds 1 to " + BrowseRequest.MAX_PAGE_SIZE + " messages, not " + size);
        }
        return size;
    }

    private static boolean newestFirst(BrowseRequest request) {
        return request.start() instanceof StartPosition.Newest;
    }

    private static ScanLimit limit(BrowseRequest request) {
        return request.limit() == null ? ScanLimit.DEFAULT : request.limit();
    }

    private static MessageFilter filter(BrowseRequest request) {
        return request.filter() == null ? MessageFilter.ALL : request.filter();
    }

    ClusterClient client() {
        return client;
    }
}
