package io.pinpipe.consumers;

import io.pinpipe.consumers.GroupException.Reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reset plan as the CSV that {@code kafka-consumer-groups.sh --reset-offsets --export} writes and
 * {@code --from-file} reads: one {@code topic,partition,offset} line per partition (a leading {@code group,} column
 * when several groups are in one file, as the tool writes for {@code --all-groups}). No header; a field holding a
 * comma, a quote or a line break is quoted as the tool's CSV writer does.
 */
public final class ResetCsv {

    /** One line of the file; {@code group} is empty in the one-group form. */
    public record Line(String group, String topic, int partition, long offset) { }

    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    private ResetCsv() {
    }

    /** The file Kafka's tool would export for this plan. */
    public static String write(ResetPlan plan) {
        var csv = new StringBuilder();
        for (var row : plan.rows()) {
            csv.append(field(row.topic())).append(',').append(row.partition()).append(',').append(row.target())
                    .append('\n');
        }
        return csv.toString();
    }

    /** Several groups' plans in one file: the {@code group,topic,partition,offset} form. */
    public static String write(List<ResetPlan> plans) {
        var csv = new StringBuilder();
        for (var plan : plans) {
            for (var row : plan.rows()) {
                csv.append(field(plan.groupId())).append(',').append(field(row.topic())).append(',')
                        .append(row.partition()).append(',').append(row.target()).append('\n');
            }
        }
        return csv.toString();
    }

    /**
     * Reads the file; a line that cannot be read fails the whole file with {@link GroupException.Reason#INVALID_REQUEST}
     * and a message naming its line number and why ("line 3: the offset 'x' is not a number"). Blank lines are
     * skipped; every line must have the columns of the first.
     */
    public static List<Line> read(String csv) {
        var lines = new ArrayList<Line>();
        var seen = new HashMap<String, Integer>();
        var columns = 0;
        var number = 0;
        for (var text : csv.split("\\R", -1)) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            var fields = fields(text, number);
            if (fields.size() != 3 && fields.size() != 4) {
                throw bad(number, "expected topic,partition,offset or group,topic,partition,offset but found "
                        + fields.size() + (fields.size() == 1 ? " column" : " columns"));
            }
            if (columns != 0 && fields.size() != columns) {
                throw bad(number, fields.size() + " columns where the first line has " + columns);
            }
            columns = fields.size();
            var line = line(fields, number);
            var key = line.group() + "\u0000" + line.topic() + "\u0000" + line.partition();
            var earlier = seen.putIfAbsent(key, number);
            if (earlier != null) {
                throw bad(number, "partition " + line.topic() + "-" + line.partition() + " is already on line " + earlier);
            }
            lines.add(line);
        }
        return List.copyOf(lines);
    }

    private static Line line(List<String> fields, int number) {
        var grouped = fields.size() == 4;
        var group = grouped ? fields.get(0) : "";
        if (grouped && group.isEmpty()) {
            throw bad(number, "the group is empty");
        }
        var topic = fields.get(grouped ? 1 : 0);
        if (!TOPIC.matcher(topic).matches()) {
            throw bad(number, "'" + topic + "' is not a topic name (letters, digits, '.', '_' and '-' only)");
        }
        var partition = fields.get(grouped ? 2 : 1);
        var offset = fields.get(grouped ? 3 : 2);
        return new Line(group, topic, (int) number(partition, "partition", number, Integer.MAX_VALUE),
                number(offset, "offset", number, Long.MAX_VALUE));
    }

    private static long number(String text, String what, int line, long max) {
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw bad(line, "the " + what + " '" + text + "' is not a number");
        }
        if (value < 0) {
            throw bad(line, "the " + what + " " + value + " is negative");
        }
        if (value > max) {
            throw bad(line, "the " + what + " " + value + " is too large");
        }
        return value;
    }

    /** The fields of one line: commas separate, double quotes enclose, a doubled quote is a quote. */
    private static List<String> fields(String text, int number) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.length()) {
            var c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw bad(number, "a quote is not closed");
        }
        fields.add(field.toString());
        return fields;
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static GroupException bad(int line, String problem) {
        return new GroupException(Reason.INVALID_REQUEST, "line " + line + ": " + problem);
    }
}
