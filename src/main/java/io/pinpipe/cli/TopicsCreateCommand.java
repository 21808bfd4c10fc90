package io.pinpipe.cli;

import io.pinpipe.topics.NewTopicRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code pinpipe topics create NAME}: checked locally first, so a typo changes nothing on the cluster. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Creates a topic. Partitions and replication factor default to the cluster's defaults.")
final class TopicsCreateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ClusterOptions cluster;

    @Parameters(paramLabel = "NAME", description = "Letters, digits, '.', '_' and '-'; at most 249 characters.")
    String name;

    @Mixin
    TopicShapeOptions shape;

    @Option(names = "--config", paramLabel = "KEY=VALUE",
            description = "A topic config such as retention.ms=604800000 or cleanup.policy=compact; repeatable.")
    Map<String, String> configs = new LinkedHashMap<>();

    @Mixin
    ValidateOnlyOption validateOnly;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        var request = new NewTopicRequest(name, shape.partitions(), shape.replicationFactor(), configs);
        try (var admin = cluster.admin()) {
            var created = admin.create(request, validateOnly.wanted);
            var err = spec.commandLine().getErr();
            created.warnings().forEach(warning -> err.println("warning: " + warning));
            err.flush();
            var out = spec.commandLine().getOut();
            if (json.wanted) {
                TopicJson.print(out, TopicJson.created(created));
                return 0;
            }
            var layout = created.partitions() + (created.partitions() == 1 ? " partition" : " partitions")
                    + ", replication factor " + created.replicationFactor();
            out.println(validateOnly.wanted ? "Valid: the broker would create topic " + created.name() + " (" + layout + ")"
                    : "Created topic " + created.name() + " (" + layout + ")");
            out.flush();
            return 0;
        }
    }
}
