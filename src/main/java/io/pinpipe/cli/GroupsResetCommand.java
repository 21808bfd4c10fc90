package io.pinpipe.cli;

import io.pinpipe.consumers.ResetCsv;
import io.pinpipe.consumers.ResetInputs;
import io.pinpipe.consumers.ResetPlan;
import io.pinpipe.consumers.ResetScope;
import io.pinpipe.consumers.ResetTarget;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code pinpipe groups reset GROUP ...}: like {@code kafka-consumer-groups.sh --reset-offsets}, prints the plan and
 * changes nothing unless {@code --execute} is given.
 */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Plans a reset of a group's committed offsets and prints it (partition, current, new, messages "
                + "skipped or replayed, and the same kafka-consumer-groups.sh command); --execute applies it. "
                + "Refused while the group has members.")
final class GroupsResetCommand implements Callable<Integer> {

    /** Exactly one target, as Kafka's tool asks. */
    static final class Target {
        @Option(names = "--to-earliest", description = "To the earliest offset still in the log.")
        boolean earliest;
        @Option(names = "--to-latest", description = "To the log end: skip everything not yet read.")
        boolean latest;
        @Option(names = "--to-offset", paramLabel = "N", description = "To offset N (clamped into the log's range).")
        String offset;
        @Option(names = "--to-datetime", paramLabel = "ISO",
                description = "To the first message at or after this time, e.g. 2026-12-07T10:15:00Z or "
                        + "2026-12-07T11:15:00+01:00; without a zone the time is UTC, as kafka-consumer-groups.sh "
                        + "reads it (not this computer's zone).")
        String dateTime;
        @Option(names = "--by-duration", paramLabel = "DURATION",
                description = "To the first message at or after now minus DURATION: PT1H or 1h 30m.")
        String duration;
        @Option(names = "--shift-by", paramLabel = "N", description = "Move N messages (negative: back) from the committed offset.")
        String shift;
        @Option(names = "--from-file", paramLabel = "FILE",
                description = "The offsets of a CSV that kafka-consumer-groups.sh --export (or --export here) wrote.")
        Path file;
        @Option(names = "--from-group", paramLabel = "GROUP", description = "Copy another group's committed offsets.")
        String otherGroup;

        ResetTarget read() {
            if (earliest) {
                return new ResetTarget.ToEarliest();
            }
            if (latest) {
                return new ResetTarget.ToLatest();
            }
            if (offset != null) {
                return new ResetTarget.ToOffset(ResetInputs.offset(offset));
            }
            if (dateTime != null) {
                return new ResetTarget.ToDateTime(ResetInputs.dateTime(dateTime, ZoneOffset.UTC, Clock.systemUTC()));
            }
            if (duration != null) {
                return new ResetTarget.ByDuration(ResetInputs.duration(duration));
            }
            if (shift != null) {
                return new ResetTarget.ShiftBy(ResetInputs.number(shift, "The shift"));
            }
            if (file != null) {
                return new ResetTarget.FromFile(ResetCsv.read(readFile(file)));
            }
            return new ResetTarget.FromGroup(otherGroup);
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    GroupOnCluster group;

    @Option(names = "--topic", paramLabel = "TOPIC[:P,...]",
            description = "A topic, or some of its partitions (orders:0,2); repeatable. This or --all-topics is "
                    + "needed, except with --from-file (which resets the file's partitions).")
    List<String> topics = List.of();

    @Option(names = "--all-topics", description = "Every topic the group has committed offsets on.")
    boolean allTopics;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--execute", description = "Apply the plan. Without it nothing changes (a dry run).")
    boolean execute;

    @Option(names = "--export", paramLabel = "FILE", description = "Also write the plan as the CSV --from-file reads.")
    Path export;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        requireScope();
        var scope = new ResetScope(topics.stream().map(ResetInputs::topic).toList());
        var resetTarget = target.read();
        var err = spec.commandLine().getErr();
        try (var groups = group.groups()) {
            var plan = groups.planReset(group.id, scope, resetTarget);
            plan.warnings().forEach(warning -> err.println("warning: " + warning));
            err.flush();
            if (export != null) {
                writeFile(export, ResetCsv.write(plan));
            }
            var applied = execute ? groups.execute(plan) : 0;
            print(plan, sameAs(plan, scope), applied);
        }
        return 0;
    }

    /** Like Kafka's tool: every target but a file needs its scope named, so nothing is reset by accident. */
    private void requireScope() {
        if (!topics.isEmpty() && allTopics) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give --topic or --all-topics, not both");
        }
        if (topics.isEmpty() && !allTopics && target.file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Name what to reset: --topic TOPIC[:P,...] (repeatable) or --all-topics");
        }
    }

    /**
     * The kafka-consumer-groups.sh line for this run. A plan from a file or another group is replayed from a CSV:
     * the file --export writes, else the file read (when no topic narrows it), else reset-plan.csv with a note
     * that --export writes it.
     */
    private String sameAs(ResetPlan plan, ResetScope scope) {
        var line = plan.commandLine();
        if (!(plan.target() instanceof ResetTarget.FromFile || plan.target() instanceof ResetTarget.FromGroup)) {
            return line;
        }
        if (export != null) {
            return plan.commandLineReading(export.toString());
        }
        if (target.file != null && scope.everyTopic()) {
            return plan.commandLineReading(target.file.toString());
        }
        return plan.commandLineReading(ResetPlan.PLAN_FILE) + "  (add --export " + ResetPlan.PLAN_FILE
                + " to write the file)";
    }

    private void print(ResetPlan plan, String sameAs, int applied) {
        var out = spec.commandLine().getOut();
        if (json.wanted) {
            TopicJson.print(out, GroupJson.plan(plan, sameAs, execute, applied));
            return;
        }
        var table = new TextTable("TOPIC", "PARTITION", "CURRENT-OFFSET", "NEW-OFFSET", "CHANGE");
        plan.rows().forEach(row -> table.row(row.topic(), row.partition(), GroupText.number(row.current()),
                row.target() + (row.clamped() ? " (clamped)" : ""), row.changeWords()));
        table.print(out);
        out.println();
        out.println("Same as: " + sameAs);
        if (execute) {
            out.printf("Reset the committed offsets of group %s on %d partition%s%n", plan.groupId(), applied,
                    applied == 1 ? "" : "s");
        } else {
            out.printf("Dry run: nothing changed. Add --execute to reset these %d partition%s%n", plan.rows().size(),
                    plan.rows().size() == 1 ? "" : "s");
        }
        out.flush();
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("No such file: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeFile(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
