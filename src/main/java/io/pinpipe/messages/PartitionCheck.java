package io.pinpipe.messages;

import java.util.List;

/** Before anything is sent: every partition the messages name must exist, else nothing is sent and the valid ones are named. */
final class PartitionCheck {

    private PartitionCheck() {
    }

    /** @throws MessageException NOT_FOUND naming the partition, the file line (or message number) and the valid range */
    static void check(String topic, Iterable<OutgoingMessage> messages, List<Integer> partitions) {
        var i = 0;
        var only = messages instanceof List<OutgoingMessage> list && list.size() == 1;
        for (var message : messages) {
            i++;
            var wanted = message.partition();
            if (wanted.isPresent() && !partitions.contains(wanted.getAsInt())) {
                var line = message.line();
                var which = only ? "" : line.isPresent() ? " (line " + line.getAsInt() + ")" : " (message " + i + ")";
                throw new MessageException(MessageException.Reason.NOT_FOUND, "Partition " + wanted.getAsInt()
                        + " does not exist in topic '" + topic + "'" + which + ": its partitions are " + range(partitions)
                        + "; nothing was sent");
            }
        }
    }

    static String range(List<Integer> partitions) {
        if (partitions.size() == 1) {
            return "only " + partitions.get(0);
        }
        var first = partitions.get(0);
        var last = partitions.get(partitions.size() - 1);
        return last - first == partitions.size() - 1 ? first + " to " + last
                : String.join(", ", partitions.stream().map(String::valueOf).toList());
    }
}
