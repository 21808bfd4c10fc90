package io.pinpipe.cli;

import io.pinpipe.emulator.SourceTable;
import io.pinpipe.topics.TopicAdmin;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.Properties;

/** Makes sure the three topics exist before a run, so a typo in the prefix fails at once, not after a minute. */
final class EmulateTopics {

    private EmulateTopics() {
    }

    static void ensure(Properties properties, String where, String prefix, boolean create, PrintWriter err) {
        try (var admin = TopicAdmin.connect(properties, where)) {
            if (create) {
                var made = admin.createPipelineTopics(prefix, OptionalInt.empty(), OptionalInt.empty());
                if (!made.created().isEmpty()) {
                    err.println("Created topics " + String.join(", ", made.created()));
                    err.flush();
                }
                return;
            }
            var existing = admin.topicNames();
            var missing = Arrays.stream(SourceTable.values()).map(table -> table.topic(prefix))
                    .filter(topic -> !existing.contains(topic)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Topic" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                        + " not found at " + where + ": add --create-topics to create them");
            }
        }
    }
}
