package io.pinpipe.cli;

import picocli.CommandLine.Option;

import java.util.OptionalInt;

/** {@code --partitions} and {@code --replication-factor} of the topics to create (a picocli mixin). */
final class TopicShapeOptions {

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of each topic (default: the broker's num.partitions).")
    Integer partitions;

    @Option(names = "--replication-factor", paramLabel = "N",
            description = "Copies of each partition, at most the number of brokers "
                    + "(default: the broker's default.replication.factor).")
    Integer replicationFactor;

    OptionalInt partitions() {
        return partitions == null ? OptionalInt.empty() : OptionalInt.of(partitions);
    }

    OptionalInt replicationFactor() {
        return replicationFactor == null ? OptionalInt.empty() : OptionalInt.of(replicationFactor);
    }
}
