package io.pinpipe.messages;

import org.apache.kafka.clients.consumer.ConsumerConfig;

import java.util.Properties;

/**
 * Settings for the browse consumers, chosen for scanning speed: large polls and fetches so a scan spends its time
 * in the filter, not in round trips. CRC checks stay on: what is shown must be what is stored.
 */
final class ConsumerTuning {

    static final int MAX_POLL_RECORDS = 50_000;
    static final int FETCH_MAX_BYTES = 64 << 20;
    static final int PARTITION_FETCH_BYTES = 8 << 20;
    static final int RECEIVE_BUFFER_BYTES = 1 << 20;

    private ConsumerTuning() {
    }

    static void apply(Properties config) {
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(MAX_POLL_RECORDS));
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(FETCH_MAX_BYTES));
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(PARTITION_FETCH_BYTES));
        config.put(ConsumerConfig.RECEIVE_BUFFER_CONFIG, String.valueOf(RECEIVE_BUFFER_BYTES));
        config.put(ConsumerConfig.CHECK_CRCS_CONFIG, "true");
    }
}
