package io.pinpipe.consumers;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.common.metrics.MetricsReporter;

import java.util.List;
import java.util.Map;

/**
 * A metrics reporter (configured through {@code metric.reporters}, as a user's client properties may) that makes
 * Kafka refuse to build the time-lag consumer, and only it: the admin client's reads go on. Stands for a time-lag
 * read that fails for a reason of its own (no Read permission on the topic, a broker that refuses the fetch).
 */
public final class RefusingTimeLagReporter implements MetricsReporter {

    @Override
    public void configure(Map<String, ?> configs) {
        var clientId = String.valueOf(configs.get("client.id"));
        if (clientId.contains("time-lag")) {
            throw new KafkaException("the time-lag consumer is refused by the test");
        }
    }

    @Override
    public void init(List<KafkaMetric> metrics) {
    }

    @Override
    public void metricChange(KafkaMetric metric) {
    }

    @Override
    public void metricRemoval(KafkaMetric metric) {
    }

    @Override
    public void close() {
    }
}
