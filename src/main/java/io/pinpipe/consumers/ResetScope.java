package io.pinpipe.consumers;

import java.util.List;

/**
 * Which partitions a reset touches: {@code --topic T} (every partition) or {@code --topic T:0,2}; an empty list
 * of topics means every topic the group has committed offsets on ({@code --all-topics}).
 */
public record ResetScope(List<TopicChoice> topics) {

    public record TopicChoice(String topic, List<Integer> partitions) {
        public boolean allPartitions() {
            return partitions.isEmpty();
        }
    }

    public static ResetScope allTopics() {
        return new ResetScope(List.of());
    }

    public static ResetScope topic(String topic, Integer... partitions) {
        return new ResetScope(List.of(new TopicChoice(topic, List.of(partitions))));
    }

    public boolean everyTopic() {
        return topics.isEmpty();
    }
}
