package io.pinpipe.cli;

import io.pinpipe.topics.TopicAdmin;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Every option the command line shares means one thing, with one help text and one default, on every command (some require it). */
class CliOptionsTest {

    /** Options that name different things on different commands, each declared once per meaning. */
    private static final Set<String> SEVERAL_MEANINGS = Set.of(
            "--count",         // topics peek: messages to print; emulate: events to send
            "--seed",          // db seed: the sample data; emulate: the sampled ids
            "--yes",           // topics delete, sandbox reset: what is confirmed
            "--config",        // topics create: optional; alter-config: required, an empty value reverts
            "--topic-prefix",  // emulate: the pipeline's topics; msk iam-policy: an IAM resource prefix
            "--replace",       // connections add, import: a saved connection; db seed: the three tables
            "--topic",         // groups reset: topics or partitions, repeatable; groups delete-offsets: one topic
            "--partition",     // messages produce: where one message goes; messages export: the partitions read
            "--filter",        // groups/topics list: a name contains TEXT; messages: a filter expression
            "--from",          // messages read/export: from the beginning by default; messages tail: live
            "--format",        // messages read/tail: how messages print; insights export: notebook or script
            "--source");       // emulate: the sample database; insights export: what Spark reads (kafka or s3)

    @Test
    void aSharedOptionIsTheSameOnEveryCommand() {
        var seen = new TreeMap<String, List<String>>();
        var first = new TreeMap<String, String>();
        var differing = new ArrayList<String>();
        eachCommand(PinpipeCommand.commandLine(), command -> command.getCommandSpec().options().forEach(option -> {
            var where = command.getCommandSpec().qualifiedName();
            for (var name : option.names()) {
                seen.computeIfAbsent(name, n -> new ArrayList<>()).add(where);
                var earlier = first.putIfAbsent(name, signature(option));
                if (earlier != null && !earlier.equals(signature(option)) && !SEVERAL_MEANINGS.contains(name)) {
                    differing.add(name + " on " + where + ": " + signature(option) + " vs " + earlier);
                }
            }
        }));

        assertThat(differing).isEmpty();
        assertThat(seen.get("--bootstrap")).hasSizeGreaterThan(10);
        assertThat(seen.get("--json")).contains("pinpipe topics list", "pinpipe msk clusters", "pinpipe connections list");
        assertThat(seen.get("--timeout")).contains("pinpipe topics peek", "pinpipe connections test");
        assertThat(seen.get("--profile")).contains("pinpipe msk clusters", "pinpipe topics list", "pinpipe doctor");
    }

    @Test
    void theAwsSpellingsAreAliasesOfTheAwsCliOnes() {
        var root = PinpipeCommand.commandLine();
        for (var path : List.of(List.of("msk", "clusters"), List.of("topics", "list"), List.of("doctor"), List.of("emulate"))) {
            var spec = command(root, path).getCommandSpec();
            assertThat(spec.findOption("--aws-profile")).as(path.toString()).isSameAs(spec.findOption("--profile")).isNotNull();
            assertThat(spec.findOption("--aws-region")).as(path.toString()).isSameAs(spec.findOption("--region")).isNotNull();
        }
    }

    @Test
    void oneTimeoutDefaultEverywhereIsTheProducts() {
        var root = PinpipeCommand.commandLine();
        assertThat(Duration.ofSeconds(TimeoutOption.DEFAULT_SECONDS)).isEqualTo(TopicAdmin.DEFAULT_TIMEOUT);
        for (var path : List.of(List.of("topics", "list"), List.of("topics", "peek"), List.of("connections", "test"))) {
            assertThat(command(root, path).getCommandSpec().findOption("--timeout").defaultValue()).as(path.toString())
                    .isEqualTo(Long.toString(TopicAdmin.DEFAULT_TIMEOUT.toSeconds()));
        }
    }

    private static String signature(OptionSpec option) {
        return Arrays.toString(option.names()) + " " + option.paramLabel() + " " + option.type().getSimpleName() + " default="
                + option.defaultValue() + " " + String.join(" ", option.description());
    }

    private static void eachCommand(CommandLine command, Consumer<CommandLine> visit) {
        visit.accept(command);
        command.getSubcommands().values().forEach(sub -> eachCommand(sub, visit));
    }

    private static CommandLine command(CommandLine root, List<String> path) {
        var command = root;
        for (var name : path) {
            command = command.getSubcommands().get(name);
        }
        return command;
    }
}
