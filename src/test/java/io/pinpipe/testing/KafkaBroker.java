package io.pinpipe.testing;

/** A Kafka broker a test can talk to; injected by {@link EmbeddedKafkaExtension}. */
public record KafkaBroker(String bootstrap) {
}
