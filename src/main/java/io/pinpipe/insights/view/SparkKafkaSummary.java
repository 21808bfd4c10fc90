package io.pinpipe.insights.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.insights.SparkExport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A connection's settings for Spark's Kafka source as the export dialog shows them: each option on a line, the
 * password's place named rather than a value, and whether (and where from) the notebook or script reads a password.
 */
record SparkKafkaSummary(Map<String, String> options, List<String> lines, boolean needsPassword, String problem) {

    /** What {@link SparkExport#kafkaOptions} leaves in a JAAS line where the password goes. */
    private static final String MARKER = "from-a-secret";

    static SparkKafkaSummary of(Connection connection) {
        Map<String, String> options;
        try {
            options = SparkExport.kafkaOptions(connection);
        } catch (IllegalArgumentException e) {
            return new SparkKafkaSummary(Map.of(), List.of(), false, "This connection cannot be exported as it is: "
                    + e.getMessage());
        }
        var lines = new ArrayList<String>();
        var needsPassword = false;
        for (var entry : options.entrySet()) {
            var value = entry.getValue();
            if (value.contains(MARKER)) {
                needsPassword = true;
                value = value.replace("\"" + MARKER + "\"", "<secret>").replace(MARKER, "<secret>");
            }
            lines.add(entry.getKey() + " = " + value);
        }
        return new SparkKafkaSummary(options, List.copyOf(lines), needsPassword, "");
    }

    /** Where the password is read from in the format chosen; empty when the login needs none. */
    String passwordNote(SparkExport.Format format) {
        if (!needsPassword) {
            return "";
        }
        return format == SparkExport.Format.DATABRICKS
                ? "The password is not written: the notebook reads it from the Databricks secret pinpipe/kafka-password "
                + "(create it once with 'databricks secrets put-secret pinpipe kafka-password')."
                : "The password is not written: the script reads it from the environment variable PINPIPE_SCRAM_PASSWORD.";
    }
}
