package io.pinpipe.cli;

import io.pinpipe.topics.PipelinePrefix;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code pinpipe topics pipeline PREFIX}: the three topics the emulator writes to, in one step. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Creates PREFIX.pin, PREFIX.geo and PREFIX.user; those that exist are left alone.")
final class TopicsPipelineCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ClusterOptions cluster;

    @Parameters(paramLabel = "PREFIX", description = "For example the 12-hex user id of the original pipeline.")
    String prefix;

    @Mixin
    TopicShapeOptions shape;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        PipelinePrefix.problem(prefix).ifPresent(problem -> {
            throw new CommandLine.ParameterException(spec.commandLine(), problem);
        });
        try (var admin = cluster.admin()) {
            var result = admin.createPipelineTopics(prefix, shape.partitions(), shape.replicationFactor());
            var out = spec.commandLine().getOut();
            if (json.wanted) {
                TopicJson.print(out, TopicJson.pipeline(prefix, result));
                return 0;
            }
            out.println("Created: " + names(result.created()));
            out.println("Already there, left alone: " + names(result.skipped()));
            out.flush();
            return 0;
        }
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
