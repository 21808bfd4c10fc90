package org.apache.kafka.tools.consumer.group;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Exit;

import java.util.HashMap;
import java.util.Map;

/**
 * Kafka's own {@code kafka-consumer-groups.sh --reset-offsets}, run in-process: its {@code ConsumerGroupService} is
 * package-private, hence this class in its package. A usage error of the tool, which would exit the JVM, is thrown.
 */
public final class ResetOffsetsTool {

    private ResetOffsetsTool() {
    }

    /** What the tool plans for each group with these arguments (give {@code --dry-run} to change nothing). */
    public static Map<String, Map<TopicPartition, Long>> plan(String... args) {
        return run(args, false).plans();
    }

    /** What the tool's {@code --export} prints for these arguments. */
    public static String export(String... args) {
        return run(args, true).csv();
    }

    private record Outcome(Map<String, Map<TopicPartition, Long>> plans, String csv) { }

    private static synchronized Outcome run(String[] args, boolean export) {
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("kafka-consumer-groups.sh would exit with " + status + ": " + message);
        });
        try {
            var options = ConsumerGroupCommandOptions.fromArgs(args);
            try (var service = new ConsumerGroupCommand.ConsumerGroupService(options, Map.of())) {
                Map<String, Map<TopicPartition, OffsetAndMetadata>> planned = service.resetOffsets();
                var plans = new HashMap<String, Map<TopicPartition, Long>>();
                planned.forEach((group, offsets) -> {
                    var plain = new HashMap<TopicPartition, Long>();
                    offsets.forEach((partition, offset) -> plain.put(partition, offset.offset()));
                    plans.put(group, plain);
                });
                return new Outcome(plans, export ? service.exportOffsetsToCsv(planned) : "");
            }
        } finally {
            Exit.resetExitProcedure();
        }
    }
}
