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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Reads messages of one topic on a cluster's {@link ClusterClient}: pages from any start, forwards and backwards,
 * through a filter, and a live tail. Every method blocks (call it off the FX thread), uses assigned consumers that
 * join no group and commit nothing, checks {@code cancelled} at least every poll, and throws
 * {@link MessageException} with a sentence instead of Kafka's exceptions. Cancelled while it still waits for a slow
 * answer from the cluster before reading, it throws {@link MessageException.Reason#CANCELLED} within 100 ms.
 */
public final class MessageBrowser {

    /** A browse consumer has no group to leave and nothing to commit: closing need not wait for its last fetch. */
    private static final Duration CLOSE_WAIT = Duration.ZERO;

    /** How long what {@link #estimate} read stays good for the {@link #read} or {@link #scanAll} right after it. */
    private static final long PREPARED_NANOS = 5_000_000_000L;

    private final ClusterClient client;
    /** The layout and start offsets the last estimate read, taken (once) by the read of the same request. */
    private final AtomicReference<Prepared> prepared = new AtomicReference<>();

    private record Prepared(BrowseRequest request, TopicLayout layout, Map<Integer, Long> from, long at) {
    }

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
        var ready = prepare(request, calls);
        prepared.set(ready);
        var layout = ready.layout();
        // Newest through a filter reads backwards until it has its matches: it may go back to the earliest offsets.
        var from = request.start() instanceof StartPosition.Newest && filter(request) != MessageFilter.ALL
                ? layout.earliest() : ready.from();
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
        var calls = calls(cancelled);
        var ready = prepare(request, calls);
        if (request.start() instanceof StartPosition.Newest) {
            return backward(request, ready.layout(), ready.layout().end(), listener, cancelled, calls);
        }
        return forward(request, ready.layout(), ready.from(), listener, cancelled, calls);
    }

    /** The page after {@code page}: the next matches from {@code page.after()}. */
    public MessagePage next(BrowseRequest request, MessagePage page, ScanListener listener, BooleanSupplier cancelled) {
        var calls = calls(cancelled);
        var layout = layout(request.topic(), new ArrayList<>(page.after().offsets().keySet()), null, calls);
        return forward(request, layout, clamped(layout, page.after()), listener, cancelled, calls);
    }

    /** The page before {@code page}: the matches just older than {@code page.before()}, read backwards in chunks. */
    public MessagePage previous(BrowseRequest request, MessagePage page, ScanListener listener, BooleanSupplier cancelled) {
        var calls = calls(cancelled);
        var layout = layout(request.topic(), new ArrayList<>(page.before().offsets().keySet()), null, calls);
        return backward(request, layout, clamped(layout, page.before()), listener, cancelled, calls);
    }

    /**
     * Every match as it is read, from the request's start, and then every new one as it arrives: it ends only when
     * {@code cancelled} says so (for every start, {@link StartPosition.Live} included), never by itself. Matches go
     * to {@code listener.matched} per poll; progress a few times a second. Used by the live tail; export, which
     * ends at the partitions' ends, uses {@link #scanAll}.
     */
    public void follow(BrowseRequest request, ScanListener listener, BooleanSupplier cancelled) {
        var calls = calls(cancelled);
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
        var calls = calls(cancelled);
        var ready = prepare(request, calls);
        var layout = ready.layout();
        var from = ready.from();
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

    /**
     * The layout and start offsets for the request: those {@link #estimate} just read for an equal request (a few
     * seconds old at most, used once: estimate then read asks the cluster once), else read now.
     */
    private Prepared prepare(BrowseRequest request, MessageCalls calls) {
        var last = prepared.getAndSet(null);
        if (last != null && last.request().equals(request) && System.nanoTime() - last.at() < PREPARED_NANOS) {
            return last;
        }
        var layout = layout(request, calls);
        var from = StartOffsets.resolve(client.admin(), calls, layout, request.start());
        return new Prepared(request, layout, from, System.nanoTime());
    }

    private TopicLayout layout(BrowseRequest request, MessageCalls calls) {
        return layout(request.topic(), request.partitions(), request.start(), calls);
    }

    /** The topic described, the partitions chosen ({@code start} may narrow them; null for a cursor's) and ranged. */
    private TopicLayout layout(String topic, List<Integer> partitions, StartPosition start, MessageCalls calls) {
        var described = TopicLayout.describe(client.admin(), calls, checkedTopic(topic));
        var chosen = start == null ? described.choose(partitions)
                : StartOffsets.partitions(described, partitions, start);
        return described.withOffsets(client.admin(), calls, chosen);
    }

    /** A page's cursor inside each partition's current range (retention may have moved the earliest on). */
    private static Map<Integer, Long> clamped(TopicLayout layout, Cursor cursor) {
        var offsets = new TreeMap<Integer, Long>();
        cursor.offsets().forEach((p, offset) ->
                offsets.put(p, Math.min(layout.end(p), Math.max(layout.earliest(p), offset))));
        return offsets;
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
        return calls(() -> false);
    }

    /** Calls whose admin waits end as soon as the user cancels. */
    private MessageCalls calls(BooleanSupplier cancelled) {
        return new MessageCalls(client.clientId(), client.where(), client.timeout(), cancelled);
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
