package io.pinpipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code pinpipe groups delete GROUP}: asks for the group id to be typed, or needs --yes in scripts. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Deletes a consumer group and its committed offsets; refused while it has members. "
                + "Asks for the group id to be typed unless --yes is given.")
final class GroupsDeleteCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    GroupOnCluster group;

    @Option(names = "--yes", description = "Delete without asking: for scripts.")
    boolean confirmed;

    @Mixin
    JsonOption json;

    private final TopicsDeleteCommand.Prompt prompt;

    public GroupsDeleteCommand() {
        this(TopicsDeleteCommand.Prompt.CONSOLE);
    }

    GroupsDeleteCommand(TopicsDeleteCommand.Prompt prompt) {
        this.prompt = prompt;
    }

    @Override
    public Integer call() {
        if (!confirmed) {
            var typed = prompt.ask("Deleting group '" + group.id + "' and its committed offsets at " + group.where()
                    + " cannot be undone. Type its id to confirm: ");
            if (typed.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Deleting group '" + group.id + "' cannot be undone and there is no terminal to ask: "
                                + "add --yes to confirm");
            }
            if (!typed.get().strip().equals(group.id)) {
                throw new IllegalStateException("Group '" + group.id + "' was not deleted: the id typed did not match");
            }
        }
        try (var groups = group.groups()) {
            groups.deleteGroup(group.id);
        }
        var out = spec.commandLine().getOut();
        if (json.wanted) {
            TopicJson.print(out, TopicJson.object().put("deleted", group.id));
        } else {
            out.println("Deleted group " + group.id);
            out.flush();
        }
        return 0;
    }
}
