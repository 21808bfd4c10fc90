package io.pinpipe.consumers;

import io.pinpipe.consumers.ResetTarget.ByDuration;
import io.pinpipe.consumers.ResetTarget.FromFile;
import io.pinpipe.consumers.ResetTarget.FromGroup;
import io.pinpipe.consumers.ResetTarget.ShiftBy;
import io.pinpipe.consumers.ResetTarget.ToDateTime;
import io.pinpipe.consumers.ResetTarget.ToEarliest;
import io.pinpipe.consumers.ResetTarget.ToLatest;
import io.pinpipe.consumers.ResetTarget.ToOffset;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code kafka-consumer-groups.sh --reset-offsets ... --dry-run} line that plans the same reset, for a person
 * to copy: the bootstrap and a {@code --command-config client.properties} placeholder when the connection is secured,
 * never a secret. A plan from a file or another group is replayed with {@code --from-file} on the exported plan.
 */
final class ResetCommandLine {

    static final String PLAN_FILE = "reset-plan.csv";
    static final String CONFIG_FILE = "client.properties";

    /** The tool parses {@code yyyy-MM-dd'T'HH:mm:ss.SSS} with an optional zone. */
    private static final DateTimeFormatter TOOL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:,/=@+%^-]+");

    private ResetCommandLine() {
    }

    static String of(String where, Properties client, String groupId, ResetScope scope, ResetTarget target) {
        var words = new ArrayList<>(List.of("kafka-consumer-groups.sh", "--bootstrap-server", where));
        var protocol = client.getProperty("security.protocol", "PLAINTEXT");
        if (!protocol.equalsIgnoreCase("PLAINTEXT")) {
            words.addAll(List.of("--command-config", CONFIG_FILE));
        }
        words.addAll(List.of("--group", groupId, "--reset-offsets"));
        var fromFile = target instanceof FromFile || target instanceof FromGroup;
        if (!fromFile) {
            words.addAll(scope(scope));
        }
        words.addAll(target(target));
        words.add("--dry-run");
        var line = words.stream().map(ResetCommandLine::quoted).collect(Collectors.joining(" "));
        return fromFile ? line + "  # " + PLAN_FILE + ": this plan, exported as CSV" : line;
    }

    /** The line with {@code --from-file} reading {@code file} instead of {@link #PLAN_FILE}, without the note. */
    static String reading(String line, String file) {
        var note = line.indexOf("  # ");
        var bare = note < 0 ? line : line.substring(0, note);
        return bare.replace(" --from-file " + PLAN_FILE + " ", " --from-file " + quoted(file) + " ");
    }

    private static List<String> scope(ResetScope scope) {
        if (scope.everyTopic()) {
            return List.of("--all-topics");
        }
        var words = new ArrayList<String>();
        for (var choice : scope.topics()) {
            words.add("--topic");
            words.add(choice.allPartitions() ? choice.topic() : choice.topic() + ":"
                    + choice.partitions().stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        return words;
    }

    private static List<String> target(ResetTarget target) {
        if (target instanceof ToEarliest) {
            return List.of("--to-earliest");
        } else if (target instanceof ToLatest) {
            return List.of("--to-latest");
        } else if (target instanceof ToOffset to) {
            return List.of("--to-offset", String.valueOf(to.offset()));
        } else if (target instanceof ToDateTime to) {
            return List.of("--to-datetime", TOOL_TIME.format(to.at()));
        } else if (target instanceof ByDuration by) {
            return List.of("--by-duration", by.ago().toString());
        } else if (target instanceof ShiftBy shift) {
            return List.of("--shift-by", String.valueOf(shift.by()));
        }
        return List.of("--from-file", PLAN_FILE);
    }

    /** Single quotes around a word the shell would split or expand. */
    static String quoted(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
