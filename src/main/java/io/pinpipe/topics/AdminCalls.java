package io.pinpipe.topics;

import io.pinpipe.topics.TopicFailures.Operation;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * How TopicAdmin waits for the AdminClient: each request logged with its duration, results awaited on the
 * caller's thread (never the client's one network thread), failures turned into sentences.
 */
final class AdminCalls {

    private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);
    /** The admin client gives up at the timeout; the grace only guards against it not doing so. */
    private static final long GRACE_MILLIS = 5_000;
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);
    private static final Duration VISIBLE_POLL = Duration.ofMillis(50);

    private final String clientId;
    private final Duration timeout;
    private final TopicFailures failures;

    AdminCalls(String clientId, Duration timeout, TopicFailures failures) {
        this.clientId = clientId;
        this.timeout = timeout;
        this.failures = failures;
    }

    TopicFailures failures() {
        return failures;
    }

    Duration timeout() {
        return timeout;
    }

    /** Logs the request's duration when it completes, whoever waits for it. */
    <T> KafkaFuture<T> timed(String call, KafkaFuture<T> future) {
        var started = System.nanoTime();
        future.whenComplete((value, error) -> {
            if (error == null) {
                log.debug("{} {} took {} ms", clientId, call, millisSince(started));
            } else {
                log.debug("{} {} failed after {} ms: {}", clientId, call, millisSince(started), error.toString());
            }
        });
        return future;
    }

    <K, T> Map<K, KafkaFuture<T>> timedEach(String call, Map<K, KafkaFuture<T>> futures) {
        timed(call, allOf(futures.values()));
        return futures;
    }

    <T> T await(Operation operation, KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw failures.describe(e.getCause(), operation);
        } catch (TimeoutException e) {
            throw failures.timedOut(operation, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failures.describe(e, operation);
        }
    }

    /** Waits until every future is done; each one's own outcome is then read by the caller. */
    void awaitAll(Collection<? extends KafkaFuture<?>> futures) {
        try {
            allOf(futures).get(timeout.toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // Each part's failure is reported by whoever reads that part.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopicException(TopicException.Reason.INTERRUPTED, "Interrupted while waiting for the cluster", e);
        }
    }

    /**
     * The controller confirms a change before the brokers have applied it; waiting here means a describe,
     * peek or produce straight afterwards sees it. Gives up quietly: the change is made either way.
     */
    void awaitMetadata(String change, Callable<Boolean> visible) {
        var deadline = System.nanoTime() + Math.min(timeout.toNanos(), VISIBLE_WITHIN.toNanos());
        while (System.nanoTime() < deadline) {
            try {
                if (visible.call()) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                return;
            }
            LockSupport.parkNanos(VISIBLE_POLL.toNanos());
        }
        log.info("{}: done, but not yet in the brokers' metadata", change);
    }

    static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private static KafkaFuture<Void> allOf(Collection<? extends KafkaFuture<?>> futures) {
        return KafkaFuture.allOf(futures.toArray(KafkaFuture[]::new));
    }
}
