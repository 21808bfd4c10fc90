package io.pinpipe.topics;

import org.apache.kafka.common.config.TopicConfig;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A create request checked against Kafka's rules and the cluster before anything is sent; errors stop
 * the create, warnings are shown and let it go ahead.
 */
public record RequestCheck(List<String> errors, List<String> warnings) {

    public RequestCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /**
     * @param brokerCount the cluster's brokers, which bound the replication factor
     * @param existing    the cluster's topic names
     */
    public static RequestCheck of(NewTopicRequest request, int brokerCount, Collection<String> existing) {
        var errors = new ArrayList<String>();
        var warnings = new ArrayList<String>();
        var name = TopicNames.check(request.name(), existing);
        if (name instanceof NameCheck.Invalid invalid) {
            errors.add(invalid.message());
        } else if (name instanceof NameCheck.Warning warning) {
            warnings.add(warning.message());
        }
        request.partitions().ifPresent(partitions -> {
            if (partitions < 1) {
                errors.add("A topic needs at least 1 partition, not " + partitions);
            }
        });
        request.replicationFactor().ifPresent(factor -> replicationFactor(factor, brokerCount).ifPresent(errors::add));
        request.configs().forEach((key, value) -> {
            if (value.isBlank() && TopicConfigRules.keys().contains(key)) {
                errors.add("Config " + key + " needs a value; leave it out to get the broker's default");
            } else {
                TopicConfigRules.problem(key, value).ifPresent(errors::add);
            }
        });
        minInSyncReplicas(request).ifPresent(warnings::add);
        return new RequestCheck(errors, warnings);
    }

    static Optional<String> replicationFactor(int factor, int brokerCount) {
        if (factor < 1) {
            return Optional.of("The replication factor must be at least 1, not " + factor);
        }
        if (factor > Short.MAX_VALUE) {
            return Optional.of("The replication factor must be at most " + Short.MAX_VALUE + ", not " + factor);
        }
        if (brokerCount > 0 && factor > brokerCount) {
            return Optional.of("Replication factor " + factor + " is larger than the " + brokerCount
                    + (brokerCount == 1 ? " broker" : " brokers") + " of the cluster: each replica needs a broker of its own");
        }
        return Optional.empty();
    }

    /** With acks=all, more in-sync replicas than replicas means every produce fails. */
    private static Optional<String> minInSyncReplicas(NewTopicRequest request) {
        var minIsr = request.configs().get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
        OptionalInt factor = request.replicationFactor();
        if (minIsr == null || factor.isEmpty()) {
            return Optional.empty();
        }
        try {
            var value = Integer.parseInt(minIsr.strip());
            return value > factor.getAsInt()
                    ? Optional.of("min.insync.replicas " + value + " is more than the replication factor "
                    + factor.getAsInt() + ": producers using acks=all will be refused")
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
