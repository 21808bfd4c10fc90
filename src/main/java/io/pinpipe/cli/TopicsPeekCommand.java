package io.pinpipe.cli;

import io.pinpipe.topics.TopicAdmin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code pinpipe topics peek NAME}: the newest messages, without joining a consumer group. */
@Command(name = "peek", mixinStandardHelpOptions = true,
        description = "Prints the newest messages of a topic across its partitions, newest first. Commits nothing.")
final class TopicsPeekCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    TopicOnCluster topic;

    @Option(names = "--count", paramLabel = "N", defaultValue = "" + TopicAdmin.DEFAULT_PEEK_COUNT,
            description = "How many messages (default: ${DEFAULT-VALUE}).")
    int count;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        try (var admin = topic.admin()) {
            var messages = admin.peek(topic.name, count, topic.timeout());
            var out = spec.commandLine().getOut();
            if (json.wanted) {
                TopicJson.print(out, TopicJson.peek(topic.name, messages));
                return 0;
            }
            if (messages.isEmpty()) {
                out.println("Topic " + topic.name + " has no messages");
            }
            for (var message : messages) {
                out.println("partition " + message.partition() + "  offset " + message.offset() + "  "
                        + message.timestamp() + "  key " + message.key().orElse("(none)"));
                message.prettyValue().lines().forEach(line -> out.println("  " + line));
            }
            out.flush();
            return 0;
        }
    }
}
