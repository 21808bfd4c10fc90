package io.pinpipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code pinpipe groups delete-offsets GROUP --topic T}: forgets where the group was in one topic. */
@Command(name = "delete-offsets", mixinStandardHelpOptions = true,
        description = "Deletes a group's committed offsets on every partition of a topic; refused while a member "
                + "of the group reads that topic.")
final class GroupsDeleteOffsetsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    GroupOnCluster group;

    @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "The topic whose offsets go.")
    String topic;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
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
}
