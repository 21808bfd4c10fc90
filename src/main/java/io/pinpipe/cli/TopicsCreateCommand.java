package io.pinpipe.cli;

import io.pinpipe.topics.NewTopicRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/** {@code pinpipe topics create NAME}: checked locally first, so a typo changes nothing on the cluster. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Creates a topic. Partitions and replication factor default to the cluster's defaults.")
final class TopicsCreateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    AdminTimeout timeout;

    @Parameters(paramLabel = "NAME", description = "Letters, digits, '.', '_' and '-'; at most 249 characters.")
    String name;

    @Option(names = "--partitions", paramLabel = "N", description = "Number of partitions (default: the broker's num.partitions).")
    Integer partitions;

    @Option(names = "--replication-factor", paramLabel = "N",
            description = "Copies of each partition, at most the number of brokers (default: the broker's default.replication.factor).")
    Integer replicationFactor;

    @Option(names = "--config", paramLabel = "KEY=VALUE",
            description = "A topic config such as retention.ms=604800000 or cleanup.policy=compact; repeatable.")
    Map<String, String> configs = new LinkedHashMap<>();

    @Option(names = "--validate-only", description = "Ask the broker whether it would create the topic, without creating it.")
    boolean validateOnly;

    @Option(names = "--json", description = "Print JSON for another program to read.")
    boolean json;

    @Override
    public Integer call() {
        var request = new NewTopicRequest(name, optional(partitions), optional(replicationFactor), configs);
        try (var admin = TopicsCommand.admin(connection, timeout)) {
            var created = admin.create(request, validateOnly);
            var err = spec.commandLine().getErr();
            created.warnings().forEach(warning -> err.println("warning: " + warning));
            err.flush();
            var out = spec.commandLine().getOut();
            if (json) {
                TopicJson.print(out, TopicJson.created(created));
                return 0;
            }
            var shape = created.partitions() + (created.partitions() == 1 ? " partition" : " partitions")
                    + ", replication factor " + created.replicationFactor();
            out.println(validateOnly ? "Valid: the broker would create topic " + created.name() + " (" + shape + ")"
                    : "Created topic " + created.name() + " (" + shape + ")");
            out.flush();
            return 0;
        }
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
