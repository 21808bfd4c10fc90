package io.pinpipe.messages;

import io.pinpipe.messages.MessageException.Reason;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * How the message services wait for Kafka: each admin request logged with its duration, and what Kafka throws
 * turned into a {@link MessageException} naming the action, the topic and the cluster.
 */
final class MessageCalls {

    static final Logger log = LoggerFactory.getLogger(MessageBrowser.class);
    /** The admin client gives up at the timeout; the grace only guards against it not doing so. */
    private static final long GRACE_MILLIS = 5_000;

    private final String clientId;
    private final String where;
    private final Duration timeout;

    MessageCalls(String clientId, String where, Duration timeout) {
        this.clientId = clientId;
        this.where = where;
        this.timeout = timeout;
    }

    String where() {
        return where;
    }

    Duration timeout() {
        return timeout;
    }

    /** Waits for one admin request; {@code action} is for the sentence and the log: "list the offsets of 'orders'". */
    <T> T await(String action, KafkaFuture<T> future) {
        var started = System.nanoTime();
        try {
            var value = future.get(timeout.toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
            log.debug("{} {} took {} ms", clientId, action, millisSince(started));
            return value;
        } catch (ExecutionException e) {
            log.debug("{} {} failed after {} ms: {}", clientId, action, millisSince(started), e.getCause().toString());
            throw describe(e.getCause(), action);
        } catch (java.util.concurrent.TimeoutException e) {
            throw describe(e, action);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessageException(Reason.INTERRUPTED, "Interrupted while trying to " + action, e);
        }
    }

    /** The sentence for what Kafka threw while doing {@code action}. */
    MessageException describe(Throwable failure, String action) {
        var error = unwrap(failure);
        var detail = detail(error);
        if (error instanceof MessageException known) {
            return known;
        }
        if (error instanceof UnknownTopicOrPartitionException) {
            return new MessageException(Reason.NOT_FOUND, "Could not " + action + ": no such topic or partition at "
                    + where, error);
        }
        if (error instanceof AuthorizationException) {
            return new MessageException(Reason.NOT_AUTHORISED, "Not authorised to " + action + " at " + where
                    + ": the ACLs or IAM policy do not allow it for this principal (" + detail + ")", error);
        }
        if (error instanceof SslAuthenticationException) {
            return new MessageException(Reason.AUTHENTICATION, "TLS handshake with " + where + " failed: " + detail, error);
        }
        if (error instanceof AuthenticationException) {
            return new MessageException(Reason.AUTHENTICATION, "Authentication at " + where + " failed: " + detail, error);
        }
        if (error instanceof TimeoutException || error instanceof java.util.concurrent.TimeoutException) {
            return timedOut(action, error);
        }
        if (error instanceof WakeupException) {
            return new MessageException(Reason.CANCELLED, "Cancelled while trying to " + action, error);
        }
        if (error instanceof InterruptedException || error instanceof InterruptException) {
            return new MessageException(Reason.INTERRUPTED, "Interrupted while trying to " + action, error);
        }
        return new MessageException(Reason.BROKER, "Could not " + action + " at " + where + ": " + detail, error);
    }

    MessageException timedOut(String action, Throwable cause) {
        return new MessageException(Reason.TIMEOUT, "No answer from " + where + " within " + seconds(timeout)
                + " while trying to " + action
                + ": check the bootstrap address, the network path and the authentication mode", cause);
    }

    static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private static String seconds(Duration duration) {
        var millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static Throwable unwrap(Throwable failure) {
        var error = failure;
        while ((error instanceof ExecutionException || error instanceof CompletionException) && error.getCause() != null) {
            error = error.getCause();
        }
        return error;
    }

    /** The broker's own words, one line, without a trailing period so the sentence can go on. */
    private static String detail(Throwable error) {
        var message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        var line = message.replaceAll("\\s*\\R\\s*", " ").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
