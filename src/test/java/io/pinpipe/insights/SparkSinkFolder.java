package io.pinpipe.insights;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages laid out as the S3 sink writes them: {@code topics/<topic>/partition=<p>/<topic>+<p>+<start offset>.json},
 * one JSON object a line. Messages alternate between two partitions; each file holds up to {@code flushSize} records.
 */
final class SparkSinkFolder {

    private SparkSinkFolder() {
    }

    static void write(Path root, PipelineTopics topics, List<SparkCheckEvents.Event> events, int flushSize)
            throws IOException {
        for (var set : DataSet.values()) {
            var topic = topics.topic(set);
            var values = events.stream().filter(event -> event.set() == set).map(SparkCheckEvents.Event::json).toList();
            for (int partition = 0; partition < 2; partition++) {
                var mine = new ArrayList<String>();
                for (int i = partition; i < values.size(); i += 2) {
                    mine.add(values.get(i));
                }
                var folder = Files.createDirectories(root.resolve("topics").resolve(topic).resolve("partition=" + partition));
                for (int offset = 0; offset < mine.size(); offset += flushSize) {
                    var file = folder.resolve("%s+%d+%010d.json".formatted(topic, partition, offset));
                    var lines = mine.subList(offset, Math.min(mine.size(), offset + flushSize));
                    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
                }
            }
        }
    }
}
