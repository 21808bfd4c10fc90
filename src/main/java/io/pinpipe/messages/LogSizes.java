package io.pinpipe.messages;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How many bytes a read would scan: each partition's log size on its leader (Admin describeLogDirs), scaled to the
 * share of the partition's offsets the read covers. Empty when the cluster does not tell (not authorised, no leader).
 */
final class LogSizes {

    private LogSizes() {
    }

    static OptionalLong estimate(Admin admin, MessageCalls calls, TopicLayout layout, Map<Integer, Long> from) {
        var brokers = new HashSet<Integer>();
        for (var p : from.keySet()) {
            int leader = layout.leaders().getOrDefault(p, -1);
            if (leader < 0) {
                return OptionalLong.empty();
            }
            brokers.add(leader);
        }
        if (brokers.isEmpty()) {
            return OptionalLong.of(0);
        }
        try {
            var dirs = calls.await("describe the log dirs of brokers " + brokers,
                    admin.describeLogDirs(brokers).allDescriptions());
            var sizes = new HashMap<Integer, Long>();
            for (var p : from.keySet()) {
                var tp = new TopicPartition(layout.topic(), p);
                var leaderDirs = dirs.get(layout.leaders().get(p));
                if (leaderDirs == null) {
                    return OptionalLong.empty();
                }
                leaderDirs.values().forEach(dir -> {
                    var replica = dir.replicaInfos().get(tp);
                    if (replica != null) {
                        sizes.merge(p, replica.size(), Long::sum);
                    }
                });
            }
            long total = 0;
            for (var entry : from.entrySet()) {
                int p = entry.getKey();
                long range = layout.end(p) - layout.earliest(p);
                long read = layout.end(p) - entry.getValue();
                long size = sizes.getOrDefault(p, 0L);
                total += range <= 0 ? 0 : (long) (size * ((double) read / range));
            }
            return OptionalLong.of(total);
        } catch (MessageException e) {
            MessageCalls.log.debug("No log sizes for '{}': {}", layout.topic(), e.getMessage());
            return OptionalLong.empty();
        }
    }
}
