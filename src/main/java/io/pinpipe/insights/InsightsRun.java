package io.pinpipe.insights;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/** A pipeline's topics being read into an {@link InsightsEngine} on a thread of its own, until closed. */
public final class InsightsRun implements AutoCloseable {

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    /**
     * An {@link #awaitIdle} call: the ends to reach (fetched by the reading thread), the quiet time, how long reading
     * may stall before it gives up (null: never), the answer. {@code backlogAt}: when a message below the ends was
     * last read.
     */
    static final class IdleWait {
        final Duration idle;
        final Duration stalledLimit;
        final long since = System.nanoTime();
        final CompletableFuture<InsightsSnapshot> answer = new CompletableFuture<>();
        volatile Map<TopicPartition, Long> ends;
        long backlogAt = since;

        IdleWait(Duration idle, Duration stalledLimit) {
            this.idle = idle;
            this.stalledLimit = stalledLimit;
        }
    }

    private final ReadLoop loop;
    private final Thread thread;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ConcurrentLinkedQueue<IdleWait> waits = new ConcurrentLinkedQueue<>();

    private InsightsRun(KafkaConsumer<byte[], byte[]> consumer, PipelineTopics topics,
                        Map<TopicPartition, DataSet> partitions, StartAt start, InsightsListener listener,
                        String where) {
        this.loop = new ReadLoop(consumer, new PipelinePartitions(consumer, topics, partitions), start, listener,
                where, closed, waits);
        this.thread = new Thread(loop::run, "insights-" + topics.prefix());
        thread.setDaemon(true);
    }

    static InsightsRun start(KafkaConsumer<byte[], byte[]> consumer, PipelineTopics topics,
                             Map<TopicPartition, DataSet> partitions, StartAt start, InsightsListener listener,
                             String where) {
        var run = new InsightsRun(consumer, topics, partitions, start, listener, where);
        run.loop.seekToStart();
        run.thread.start();
        return run;
    }

    /**
     * Blocks until every partition has been read to the end it had when this was called and then no message of that
     * backlog arrived for {@code idle}; returns the last snapshot. Messages written after the call do not hold the
     * answer back, so it comes while a producer keeps writing. Waits as long as reading stalls.
     *
     * @throws InsightsException CANCELLED when the run was closed, INTERRUPTED when the thread was, the run's own
     *                           failure when reading ended for good
     */
    public InsightsSnapshot awaitIdle(Duration idle) {
        return awaitIdle(idle, null);
    }

    /**
     * As {@link #awaitIdle(Duration)}, but gives up when reading is stalled (the cluster does not answer, ...) for
     * {@code stalledLimit} in a row (what {@code pinpipe insights --until-idle ... --timeout ...} does).
     *
     * @throws InsightsException TIMEOUT, with the stall's reason, when reading stalled longer than the limit
     */
    public InsightsSnapshot awaitIdle(Duration idle, Duration stalledLimit) {
        if (idle.isNegative()) {
            throw new InsightsException(InsightsException.Reason.INVALID_REQUEST,
                    "The idle time is zero or more, not " + idle);
        }
        var wait = new IdleWait(idle, stalledLimit);
        waits.add(wait);
        if (closed.get()) {
            waits.remove(wait);
            throw cancelled();
        }
        try {
            while (true) {
                try {
                    return wait.answer.get(200, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (!thread.isAlive() && !wait.answer.isDone()) {
                        waits.remove(wait);
                        throw closed.get() ? cancelled() : loop.failure() != null ? loop.failure()
                                : new InsightsException(InsightsException.Reason.BROKER,
                                "Reading the topics stopped; start again");
                    }
                }
            }
        } catch (InterruptedException e) {
            waits.remove(wait);
            Thread.currentThread().interrupt();
            throw new InsightsException(InsightsException.Reason.INTERRUPTED, "Interrupted while reading the topics");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InsightsException known) {
                throw known;
            }
            throw new InsightsException(InsightsException.Reason.BROKER, "Reading the topics failed: "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Forgets everything read and starts again from the run's start ("Reset"). */
    public void reset() {
        loop.requestReset();
    }

    /** Stops reading at the next poll and releases the consumer; the listener hears nothing afterwards. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        loop.wakeup();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(CLOSE_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        IdleWait wait;
        while ((wait = waits.poll()) != null) {
            wait.answer.completeExceptionally(cancelled());
        }
    }

    /** The partitions read, for tests and the status. */
    List<TopicPartition> partitions() {
        return loop.partitions();
    }

    static InsightsException cancelled() {
        return new InsightsException(InsightsException.Reason.CANCELLED, "Reading the topics was stopped");
    }
}
