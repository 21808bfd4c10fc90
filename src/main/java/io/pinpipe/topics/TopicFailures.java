package io.pinpipe.topics;

import io.pinpipe.topics.TopicException.Reason;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.common.errors.InvalidPartitionsException;
import org.apache.kafka.common.errors.InvalidReplicationFactorException;
import org.apache.kafka.common.errors.InvalidRequestException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.PolicyViolationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicDeletionDisabledException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The one place where what the AdminClient throws becomes a sentence naming the topic and the cluster. */
final class TopicFailures {

    /** What was being done, for the sentence: "create topic" and its topic, or "list topics" and none. */
    record Operation(String action, Optional<String> topic) {

        static Operation on(String action, String topic) {
            return new Operation(action, Optional.of(topic));
        }

        static Operation of(String action) {
            return new Operation(action, Optional.empty());
        }

        String describe() {
            return topic.map(name -> action + " '" + name + "'").orElse(action);
        }
    }

    private final String where;
    private final Duration timeout;

    TopicFailures(String where, Duration timeout) {
        this.where = where;
        this.timeout = timeout;
    }

    TopicException describe(Throwable failure, Operation operation) {
        var error = unwrap(failure);
        var topic = operation.topic().map(name -> "'" + name + "'").orElse("");
        var detail = detail(error);
        if (error instanceof TopicException known) {
            return known;
        }
        if (error instanceof TopicExistsException) {
            return new TopicException(Reason.ALREADY_EXISTS, "Topic " + topic + " already exists at " + where, error);
        }
        if (error instanceof UnknownTopicOrPartitionException) {
            return new TopicException(Reason.NOT_FOUND, "Topic " + topic + " does not exist at " + where, error);
        }
        if (error instanceof InvalidReplicationFactorException) {
            return new TopicException(Reason.INVALID_REQUEST,
                    "The replication factor for topic " + topic + " is larger than the brokers can hold: " + detail, error);
        }
        if (error instanceof InvalidPartitionsException) {
            return new TopicException(Reason.INVALID_REQUEST, "Invalid partition count for topic " + topic + ": " + detail, error);
        }
        if (error instanceof PolicyViolationException) {
            return new TopicException(Reason.POLICY, "The cluster's topic policy refused to " + operation.describe()
                    + ": " + detail, error);
        }
        if (error instanceof AuthorizationException) {
            return new TopicException(Reason.NOT_AUTHORISED, "Not authorised to " + operation.describe() + " at " + where
                    + ": the ACLs or IAM policy do not allow it for this principal", error);
        }
        if (error instanceof SslAuthenticationException) {
            return new TopicException(Reason.AUTHENTICATION, "TLS handshake with " + where + " failed: " + detail, error);
        }
        if (error instanceof AuthenticationException) {
            return new TopicException(Reason.AUTHENTICATION, "Authentication at " + where + " failed: " + detail, error);
        }
        if (error instanceof TimeoutException || error instanceof java.util.concurrent.TimeoutException) {
            return timedOut(operation, error);
        }
        if (error instanceof InvalidTopicException) {
            return new TopicException(Reason.INVALID_REQUEST, "Invalid topic name " + topic + ": " + detail, error);
        }
        if (error instanceof InvalidConfigurationException) {
            return new TopicException(Reason.INVALID_REQUEST, "Invalid configuration for topic " + topic + ": " + detail, error);
        }
        if (error instanceof TopicDeletionDisabledException) {
            return new TopicException(Reason.POLICY, "Topic deletion is disabled on " + where
                    + " (delete.topic.enable=false)", error);
        }
        if (error instanceof UnsupportedVersionException) {
            return new TopicException(Reason.UNSUPPORTED, "The cluster at " + where + " cannot " + operation.describe()
                    + ": " + detail, error);
        }
        if (error instanceof InvalidRequestException) {
            return new TopicException(Reason.INVALID_REQUEST, "The broker refused to " + operation.describe() + ": " + detail, error);
        }
        if (error instanceof InterruptedException) {
            return new TopicException(Reason.INTERRUPTED, "Interrupted while trying to " + operation.describe(), error);
        }
        return new TopicException(Reason.BROKER, "Could not " + operation.describe() + " at " + where + ": " + detail, error);
    }

    TopicException timedOut(Operation operation, Throwable cause) {
        return new TopicException(Reason.TIMEOUT, "No answer from " + where + " within " + seconds(timeout)
                + " while trying to " + operation.describe()
                + ": check the bootstrap address, the network path and the authentication mode", cause);
    }

    private static String seconds(Duration duration) {
        var millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
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
