package io.pinpipe.messages;

import io.pinpipe.client.ClusterClient;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Produces messages on a cluster's {@link ClusterClient} (idempotent, acks=all), reporting each message's
 * partition and offset or the refusal in words. A partition that does not exist is refused before anything is sent;
 * a topic that does not exist is NOT_FOUND (never created by producing to it).
 */
public final class MessageSender {

    /** Larger than any broker default: the broker, not the producer, says what is too large for the topic. */
    private static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(MessageSender.class);

    private final ClusterClient client;
    private final SendFailures failures;

    private MessageSender(ClusterClient client) {
        this.client = client;
        this.failures = new SendFailures(client.where(), client.timeout());
    }

    public static MessageSender on(ClusterClient client) {
        return new MessageSender(client);
    }

    /** The topic's partition numbers, ascending; NOT_FOUND when it does not exist. */
    public List<Integer> partitions(String topic) {
        var description = await("describe topic '" + topic + "'", topic,
                client.admin().describeTopics(List.of(topic)).topicNameValues().get(topic));
        return description.partitions().stream().map(info -> info.partition()).sorted().toList();
    }

    /**
     * Sends the messages in order ({@code repeat} times each, e.g. a form's repeat count), each result to
     * {@code results} as it is acknowledged (in order, on the calling thread); stops sending new ones when cancelled.
     * Returns every result; {@link SendResult#index()} counts the sends from 1.
     * @throws MessageException NOT_FOUND for a topic that does not exist or a partition it does not have (nothing sent)
     */
    public List<SendResult> send(String topic, List<OutgoingMessage> messages, int repeat,
                                 Consumer<SendResult> results, BooleanSupplier cancelled) {
        return send(topic, (Iterable<OutgoingMessage>) messages, repeat, results, cancelled);
    }

    /**
     * The same over messages read as they are sent (e.g. a {@link JsonLinesFile}): they are gone through once to
     * check their partitions, then again to send, so they need not all be in memory.
     */
    public List<SendResult> send(String topic, Iterable<OutgoingMessage> messages, int repeat,
                                 Consumer<SendResult> results, BooleanSupplier cancelled) {
        if (repeat < 1) {
            throw MessageException.invalid("Repeat count must be 1 or more, not " + repeat);
        }
        PartitionCheck.check(topic, messages, partitions(topic));
        var started = System.nanoTime();
        var sent = new ArrayList<SendResult>();
        var producer = producer();
        var pending = new ArrayDeque<Pending>();
        var unanswered = new java.util.HashSet<Integer>();
        try {
            var number = 0;
            sending:
            for (var message : messages) {
                for (var r = 0; r < repeat; r++) {
                    if (cancelled.getAsBoolean()) {
                        break sending;
                    }
                    number++;
                    pending.add(new Pending(number, message, send(producer, topic, message)));
                    drain(pending, topic, false, results, sent);
                }
            }
            awaitAcks(pending, cancelled);
        } finally {
            var stopped = cancelled.getAsBoolean();
            if (stopped) {
                pending.stream().filter(next -> !next.ack().isDone()).forEach(next -> unanswered.add(next.number()));
            }
            producer.close(stopped ? Duration.ZERO : client.timeout());
        }
        while (!pending.isEmpty()) {
            var next = pending.poll();
            var result = unanswered.contains(next.number()) ? unacknowledged(next) : result(next, topic);
            sent.add(result);
            results.accept(result);
        }
        log.debug("{} sent {} messages to '{}' ({} refused) in {} ms", client.clientId(), sent.size(), topic,
                sent.stream().filter(result -> !result.sent()).count(), (System.nanoTime() - started) / 1_000_000);
        return sent;
    }

    /** After a stop, sends already made get this long for their acknowledgement before the producer is closed. */
    private static final long STOP_GRACE_NANOS = 1_000_000_000L;

    /**
     * Waits until every send is acknowledged or the client's timeout (three times over) passes; once cancelled,
     * at most {@link #STOP_GRACE_NANOS} more.
     */
    private void awaitAcks(ArrayDeque<Pending> pending, BooleanSupplier cancelled) {
        var deadline = System.nanoTime() + client.timeout().toNanos() * 3;
        var stopSeen = false;
        for (var next : pending) {
            while (!next.ack().isDone() && System.nanoTime() < deadline) {
                if (!stopSeen && cancelled.getAsBoolean()) {
                    stopSeen = true;
                    deadline = Math.min(deadline, System.nanoTime() + STOP_GRACE_NANOS);
                }
                try {
                    next.ack().get(50, TimeUnit.MILLISECONDS);
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    // reported by the caller
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Stopped before the broker answered: the producer was closed at once, so it may or may not have been written. */
    private static SendResult unacknowledged(Pending pending) {
        var line = pending.message().line();
        var which = line.isPresent() ? "line " + line.getAsInt() : "message " + pending.number();
        return new SendResult(pending.number(), pending.message().partition().orElse(-1), -1, Instant.EPOCH,
                Optional.of("Stopped before the broker acknowledged " + which + ": it may or may not have been written"));
    }

    private record Pending(int number, OutgoingMessage message, Future<RecordMetadata> ack) {
    }

    private Future<RecordMetadata> send(KafkaProducer<byte[], byte[]> producer, String topic, OutgoingMessage message) {
        var headers = message.headers().stream()
                .map(header -> (org.apache.kafka.common.header.Header) new RecordHeader(header.name(), header.value()))
                .toList();
        var partition = message.partition().isPresent() ? Integer.valueOf(message.partition().getAsInt()) : null;
        try {
            var timestamp = message.timestamp().map(Instant::toEpochMilli).orElse(null);
            return producer.send(new ProducerRecord<>(topic, partition, timestamp, message.key(), message.value(), headers));
        } catch (RuntimeException e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }

    /** Reports the acknowledged sends at the head of the queue, in order (all of them when {@code all}). */
    private void drain(ArrayDeque<Pending> pending, String topic, boolean all, Consumer<SendResult> results,
                       List<SendResult> sent) {
        while (!pending.isEmpty() && (all || pending.peek().ack().isDone())) {
            var next = pending.poll();
            var result = result(next, topic);
            sent.add(result);
            results.accept(result);
        }
    }

    private SendResult result(Pending pending, String topic) {
        try {
            var ack = pending.ack().get(client.timeout().toMillis() * 3, TimeUnit.MILLISECONDS);
            return new SendResult(pending.number(), ack.partition(), ack.offset(),
                    ack.hasTimestamp() ? Instant.ofEpochMilli(ack.timestamp()) : Instant.EPOCH, Optional.empty());
        } catch (ExecutionException e) {
            return refused(pending, topic, e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            return refused(pending, topic, new org.apache.kafka.common.errors.TimeoutException("no answer", e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessageException(MessageException.Reason.INTERRUPTED, "Interrupted while producing to '" + topic + "'", e);
        }
    }

    private SendResult refused(Pending pending, String topic, Throwable cause) {
        var size = pending.message().size();
        var line = pending.message().line();
        var which = line.isPresent() ? "line " + line.getAsInt() : "message " + pending.number();
        var words = failures.refusal(cause, which, topic, size, () -> maxMessageBytes(topic));
        log.debug("{} message {} to '{}' refused: {}", client.clientId(), pending.number(), topic, cause.toString());
        var partition = pending.message().partition().orElse(-1);
        return new SendResult(pending.number(), partition, -1, Instant.EPOCH, Optional.of(words));
    }

    private OptionalLong maxMessageBytes(String topic) {
        try {
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = await("describe the configuration of topic '" + topic + "'", topic,
                    client.admin().describeConfigs(List.of(resource)).values().get(resource));
            var entry = config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            return entry == null || entry.value() == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(entry.value()));
        } catch (MessageException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private KafkaProducer<byte[], byte[]> producer() {
        var timeout = (int) client.timeout().toMillis();
        return client.producer("produce", config -> {
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
            config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
            config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(MAX_REQUEST_BYTES));
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(timeout));
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(timeout));
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(timeout * 2 + 5));
        }, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private <T> T await(String action, String topic, KafkaFuture<T> future) {
        var started = System.nanoTime();
        try {
            var value = future.get(client.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
            log.debug("{} {} took {} ms", client.clientId(), action, (System.nanoTime() - started) / 1_000_000);
            return value;
        } catch (ExecutionException e) {
            log.debug("{} {} failed after {} ms: {}", client.clientId(), action, (System.nanoTime() - started) / 1_000_000,
                    e.getCause().toString());
            throw failures.describe(e.getCause(), action, topic);
        } catch (java.util.concurrent.TimeoutException e) {
            throw failures.describe(e, action, topic);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessageException(MessageException.Reason.INTERRUPTED, "Interrupted while trying to " + action, e);
        }
    }

    ClusterClient client() {
        return client;
    }
}
