package io.pinpipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/**
 * {@code pinpipe groups delete-offsets GROUP TOPIC} (or {@code --topic TOPIC}): forgets where the group was in one
 * topic, every partition; asks for the topic to be typed, or needs --yes in scripts.
 */
@Command(name = "delete-offsets", mixinStandardHelpOptions = true,
        description = "Deletes a group's committed offsets on every partition of a topic; refused while a member "
                + "of the group reads that topic. Asks for the topic to be typed unless --yes is given.")
final class GroupsDeleteOffsetsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    GroupOnCluster group;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TOPIC",
            description = "The topic whose offsets go (every partition); or give --topic.")
    String topicArgument;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "The topic whose offsets go, as Kafka's tool names it.")
    String topicOption;

    @Option(names = "--yes", description = "Delete without asking: for scripts.")
    boolean confirmed;

    @Mixin
    JsonOption json;

    private final TopicsDeleteCommand.Prompt prompt;

    public GroupsDeleteOffsetsCommand() {
        this(TopicsDeleteCommand.Prompt.CONSOLE);
    }

    GroupsDeleteOffsetsCommand(TopicsDeleteCommand.Prompt prompt) {
        this.prompt = prompt;
    }

    @Override
    public Integer call() {
        var topic = topic();
        if (!confirmed) {
            confirm(topic);
        }
        try (var groups = group.groups()) {
            groups.deleteOffsets(group.id, topic);
        }
        var out = spec.commandLine().getOut();
        if (json.wanted) {
            TopicJson.print(out, TopicJson.object().put("group", group.id).put("deletedOffsetsOf", topic));
        } else {
            out.println("Deleted the committed offsets of group " + group.id + " on topic " + topic);
            out.flush();
        }
        return 0;
    }

    private String topic() {
        if (topicArgument != null && topicOption != null && !topicArgument.equals(topicOption)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Give the topic once: TOPIC or --topic TOPIC, not both");
        }
        var topic = topicArgument != null ? topicArgument : topicOption;
        if (topic == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Name the topic: delete-offsets GROUP TOPIC");
        }
        return topic;
    }

    private void confirm(String topic) {
        var typed = prompt.ask("Deleting the committed offsets of group '" + group.id + "' on topic '" + topic + "' at "
                + group.where() + " cannot be undone. Type the topic to confirm: ");
        if (typed.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Deleting the offsets of group '" + group.id
                    + "' on '" + topic + "' cannot be undone and there is no terminal to ask: add --yes to confirm");
        }
        if (!typed.get().strip().equals(topic)) {
            throw new IllegalStateException("The offsets of group '" + group.id + "' on '" + topic
                    + "' were not deleted: the topic typed did not match");
        }
    }
}
