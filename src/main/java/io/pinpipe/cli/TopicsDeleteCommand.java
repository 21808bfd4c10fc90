package io.pinpipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code pinpipe topics delete NAME}: asks the person to type the name, or needs --yes in scripts. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Deletes a topic and all its messages. Asks for the name to be typed unless --yes is given.")
final class TopicsDeleteCommand implements Callable<Integer> {

    /** Asks a question at the terminal; empty when there is no terminal. */
    @FunctionalInterface
    interface Prompt {
        Prompt CONSOLE = question -> Optional.ofNullable(System.console())
                .flatMap(console -> Optional.ofNullable(console.readLine("%s", question)));

        Optional<String> ask(String question);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    TopicOnCluster topic;

    @Option(names = "--yes", description = "Delete without asking: for scripts.")
    boolean confirmed;

    @Mixin
    JsonOption json;

    private final Prompt prompt;

    public TopicsDeleteCommand() {
        this(Prompt.CONSOLE);
    }

    TopicsDeleteCommand(Prompt prompt) {
        this.prompt = prompt;
    }

    @Override
    public Integer call() {
        if (!confirmed) {
            var typed = prompt.ask("Deleting topic '" + topic.name + "' at " + topic.where()
                    + " cannot be undone. Type its name to confirm: ");
            if (typed.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Deleting topic '" + topic.name + "' cannot be undone and there is no terminal to ask: "
                                + "add --yes to confirm");
            }
            if (!typed.get().strip().equals(topic.name)) {
                throw new IllegalStateException("Topic '" + topic.name + "' was not deleted: the name typed did not match");
            }
        }
        try (var admin = topic.admin()) {
            admin.delete(topic.name);
        }
        var out = spec.commandLine().getOut();
        if (json.wanted) {
            TopicJson.print(out, TopicJson.object().put("deleted", topic.name));
        } else {
            out.println("Deleted topic " + topic.name);
            out.flush();
        }
        return 0;
    }
}
