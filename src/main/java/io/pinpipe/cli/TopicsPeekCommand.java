package io.pinpipe.cli;

import io.pinpipe.topics.TopicAdmin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code pinpipe topics peek NAME}: the newest messages, without joining a consumer group. */
@Command(name = "peek", mixinStandardHelpOptions = true,
        description = "Prints the newest messages of a topic across its partitions, newest first. Commits nothing.")
final class TopicsPeekCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    AdminTimeout timeout;

    @Parameters(paramLabel = "NAME", description = "The topic.")
    String name;

    @Option(names = "--count", paramLabel = "N", defaultValue = "" + TopicAdmin.DEFAULT_PEEK_COUNT,
            description = "How many messages (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--json", description = "Print JSON for another program to read.")
    boolean json;

    @Override
    public Integer call() {
        try (var admin = TopicsCommand.admin(connection, timeout)) {
            var messages = admin.peek(name, count, timeout.duration());
            var out = spec.commandLine().getOut();
            if (json) {
                TopicJson.print(out, TopicJson.peek(name, messages));
                return 0;
            }
            if (messages.isEmpty()) {
                out.println("Topic " + name + " has no messages");
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
