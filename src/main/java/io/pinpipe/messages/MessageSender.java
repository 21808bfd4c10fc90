package io.pinpipe.messages;

import io.pinpipe.client.ClusterClient;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Produces messages on a cluster's {@link ClusterClient} (idempotent, acks=all), reporting each message's
 * partition and offset or the refusal in words. A partition that does not exist is refused before anything is sent.
 */
public final class MessageSender {

    private final ClusterClient client;

    private MessageSender(ClusterClient client) {
        this.client = client;
    }

    public static MessageSender on(ClusterClient client) {
        return new MessageSender(client);
    }

    /**
     * Sends the messages in order ({@code repeat} times each, e.g. a form's repeat count), each result to
     * {@code results} as it is acknowledged; stops sending new ones when cancelled. Returns every result.
     */
    public List<SendResult> send(String topic, List<OutgoingMessage> messages, int repeat,
                                 Consumer<SendResult> results, BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("helper: produce");
    }

    ClusterClient client() {
        return client;
    }
}
