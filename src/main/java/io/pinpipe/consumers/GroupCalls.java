package io.pinpipe.consumers;

import io.pinpipe.consumers.GroupException.Reason;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.GroupSubscribedToTopicException;
import org.apache.kafka.common.errors.InvalidGroupIdException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownMemberIdException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * How the group services wait for the AdminClient: each request logged with its duration, awaited on the caller's
 * thread, and what Kafka throws turned into a {@link GroupException} naming the action, the group and the cluster.
 */
final class GroupCalls {

    private static final Logger log = LoggerFactory.getLogger(GroupAdmin.class);
    /** The admin client gives up at the timeout; the grace only guards against it not doing so. */
    private static final long GRACE_MILLIS = 5_000;

    private final String clientId;
    private final String where;
    private final Duration timeout;

    GroupCalls(String clientId, String where, Duration timeout) {
        this.clientId = clientId;
        this.where = where;
        this.timeout = timeout;
    }

    String where() {
        return where;
    }

    /**
     * Waits for one request.
     *
     * @param action what was being done, for the sentence and the log: "describe group 'g'", "list groups"
     */
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
            throw new GroupException(Reason.INTERRUPTED, "Interrupted while trying to " + action, e);
        }
    }

    /** The sentence for what Kafka threw while doing {@code action}. */
    GroupException describe(Throwable failure, String action) {
        var error = unwrap(failure);
        var detail = detail(error);
        if (error instanceof GroupException known) {
            return known;
        }
        if (error instanceof GroupIdNotFoundException) {
            return new GroupException(Reason.NOT_FOUND, "Could not " + action + ": no such group at " + where, error);
        }
        if (error instanceof UnknownTopicOrPartitionException) {
            return new GroupException(Reason.NOT_FOUND, "Could not " + action + ": no such topic or partition at "
                    + where, error);
        }
        if (error instanceof GroupNotEmptyException || error instanceof UnknownMemberIdException) {
            return new GroupException(Reason.ACTIVE, "Could not " + action + ": the group has members; stop its "
                    + "consumers first", error);
        }
        if (error instanceof GroupSubscribedToTopicException) {
            return new GroupException(Reason.ACTIVE, "Could not " + action + ": a member of the group is subscribed "
                    + "to the topic; stop its consumers first", error);
        }
        if (error instanceof InvalidGroupIdException) {
            return new GroupException(Reason.INVALID_REQUEST, "Could not " + action + ": " + detail, error);
        }
        if (error instanceof AuthorizationException) {
            return new GroupException(Reason.NOT_AUTHORISED, "Not authorised to " + action + " at " + where
                    + ": the ACLs or IAM policy do not allow it for this principal (" + detail + ")", error);
        }
        if (error instanceof SslAuthenticationException) {
            return new GroupException(Reason.AUTHENTICATION, "TLS handshake with " + where + " failed: " + detail, error);
        }
        if (error instanceof AuthenticationException) {
            return new GroupException(Reason.AUTHENTICATION, "Authentication at " + where + " failed: " + detail, error);
        }
        if (error instanceof TimeoutException || error instanceof java.util.concurrent.TimeoutException) {
            return new GroupException(Reason.TIMEOUT, "No answer from " + where + " within " + seconds(timeout)
                    + " while trying to " + action
                    + ": check the bootstrap address, the network path and the authentication mode", error);
        }
        if (error instanceof UnsupportedVersionException) {
            return new GroupException(Reason.UNSUPPORTED, "The cluster at " + where + " cannot " + action + ": "
                    + detail, error);
        }
        if (error instanceof InterruptedException) {
            return new GroupException(Reason.INTERRUPTED, "Interrupted while trying to " + action, error);
        }
        return new GroupException(Reason.BROKER, "Could not " + action + " at " + where + ": " + detail, error);
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
