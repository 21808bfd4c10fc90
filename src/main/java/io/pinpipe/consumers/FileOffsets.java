package io.pinpipe.consumers;

import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The offsets a reset file asks for one group: its lines for that group (lines without a group column are for the
 * group being reset, as {@code --from-file} reads a one-group file), narrowed to the scope when topics are named,
 * and without the partitions the cluster does not have (each left out with a warning).
 */
final class FileOffsets {

    private final PartitionCatalog catalog;
    private final ResetScope scope;

    FileOffsets(PartitionCatalog catalog, ResetScope scope) {
        this.catalog = catalog;
        this.scope = scope;
    }

    Map<TopicPartition, Long> requested(String groupId, List<ResetCsv.Line> lines, List<String> warnings) {
        var mine = lines.stream().filter(line -> line.group().isEmpty() || line.group().equals(groupId)).toList();
        if (mine.isEmpty()) {
            var groups = lines.stream().map(ResetCsv.Line::group).collect(Collectors.toCollection(TreeSet::new));
            throw ResetPlanner.invalid("The file has no offsets for group '" + groupId + "' (it has offsets for "
                    + String.join(", ", groups) + ")");
        }
        var inScope = new ArrayList<ResetCsv.Line>();
        for (var line : mine) {
            if (inScope(line)) {
                inScope.add(line);
            } else {
                warnings.add(line.topic() + "-" + line.partition() + ": in the file but not in the chosen topics;"
                        + " left as it is");
            }
        }
        var existing = catalog.partitionsOf(inScope.stream().map(ResetCsv.Line::topic).collect(Collectors.toSet()));
        var requested = new TreeMap<TopicPartition, Long>(GroupResets.BY_TOPIC_AND_PARTITION);
        for (var line : inScope) {
            var partitions = existing.get(line.topic());
            if (partitions == null) {
                warnings.add(line.topic() + "-" + line.partition() + ": the topic does not exist; left out");
            } else if (!partitions.contains(line.partition())) {
                warnings.add(line.topic() + "-" + line.partition() + ": the topic has no such partition; left out");
            } else {
                requested.put(new TopicPartition(line.topic(), line.partition()), line.offset());
            }
        }
        return requested;
    }

    private boolean inScope(ResetCsv.Line line) {
        return scope.everyTopic() || scope.topics().stream().anyMatch(choice -> choice.topic().equals(line.topic())
                && (choice.allPartitions() || choice.partitions().contains(line.partition())));
    }
}
