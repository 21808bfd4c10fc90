package io.pinpipe.messages;

import io.pinpipe.messages.MessageException.Reason;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** What Kafka throws while producing, as sentences: a whole call's failure, or one message's refusal. */
final class SendFailures {

    private final String where;
    private final Duration timeout;

    SendFailures(String where, Duration timeout) {
        this.where = where;
        this.timeout = timeout;
    }

    /** The failure of a call before sending (describing the topic): NOT_FOUND, NOT_AUTHORISED, TIMEOUT, ... */
    MessageException describe(Throwable failure, String action, String topic) {
        var error = unwrap(failure);
        if (error instanceof MessageException known) {
            return known;
        }
        if (error instanceof UnknownTopicOrPartitionException) {
            return new MessageException(Reason.NOT_FOUND, "Topic '" + topic + "' does not exist at " + where
                    + " (Pinpipe never creates a topic by producing to it)", error);
        }
        if (error instanceof AuthorizationException) {
            return new MessageException(Reason.NOT_AUTHORISED, "Not authorised to " + action + " at " + where
                    + ": the ACLs or IAM policy do not allow it for this principal", error);
        }
        if (error instanceof SslAuthenticationException) {
            return new MessageException(Reason.AUTHENTICATION, "TLS handshake with " + where + " failed: " + detail(error), error);
        }
        if (error instanceof AuthenticationException) {
            return new MessageException(Reason.AUTHENTICATION, "Authentication at " + where + " failed: " + detail(error), error);
        }
        if (error instanceof TimeoutException || error instanceof java.util.concurrent.TimeoutException) {
            return new MessageException(Reason.TIMEOUT, "No answer from " + where + " within " + seconds(timeout)
                    + " while trying to " + action + ": check the bootstrap address, the network path and the authentication mode", error);
        }
        if (error instanceof InterruptedException || error instanceof InterruptException) {
            return new MessageException(Reason.INTERRUPTED, "Interrupted while trying to " + action, error);
        }
        return new MessageException(Reason.BROKER, "Could not " + action + " at " + where + ": " + detail(error), error);
    }

    /**
     * Why a message ({@code which}: "message 3", or "line 41" of a file) was not written, in words: "The broker
     * refused message 3: it is 2.1 MB, over the topic's max.message.bytes of 1 MB".
     */
    String refusal(Throwable failure, String which, String topic, long size, Supplier<OptionalLong> maxMessageBytes) {
        var error = unwrap(failure);
        var message = which;
        if (error instanceof RecordTooLargeException) {
            var max = maxMessageBytes.get();
            return "The broker refused " + message + ": it is " + bytes(size)
                    + (max.isPresent() ? ", over the topic's max.message.bytes of " + bytes(max.getAsLong()) : ", too large for the topic");
        }
        if (error instanceof AuthorizationException) {
            return "Not authorised to write " + message + " to topic '" + topic + "' at " + where
                    + ": the ACLs or IAM policy do not allow it for this principal";
        }
        if (error instanceof TimeoutException) {
            return "No acknowledgement for " + message + " from " + where + " in time: " + detail(error);
        }
        if (error instanceof InvalidRecordException) {
            return "The broker refused " + message + " as invalid: " + detail(error);
        }
        if (error instanceof UnknownTopicOrPartitionException) {
            return "The broker refused " + message + ": topic '" + topic + "' or its partition no longer exists";
        }
        return "The broker refused " + message + ": " + detail(error);
    }

    /** "1 MB", "2.1 MB", "512 KB", "87 bytes" (1 MB = 1,048,576 bytes, as max.message.bytes is counted). */
    static String bytes(long size) {
        if (size < 1024) {
            return size + (size == 1 ? " byte" : " bytes");
        }
        if (size < 1024 * 1024) {
            return decimal(size / 1024.0) + " KB";
        }
        return decimal(size / (1024.0 * 1024)) + " MB";
    }

    private static String decimal(double value) {
        var text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
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
    static String detail(Throwable error) {
        var message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        var line = message.replaceAll("\\s*\\R\\s*", " ").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
