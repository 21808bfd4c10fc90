package io.pinpipe.emulator;

import java.util.List;

/** All counts at one moment: per topic, in the order pin, geo, user, plus events and their recent rate. */
public record StatsSnapshot(List<TopicCounts> topics, long events, double eventsPerSecond) {

    public StatsSnapshot {
        topics = List.copyOf(topics);
    }

    public long sampled() {
        return topics.stream().mapToLong(TopicCounts::sampled).sum();
    }

    public long sent() {
        return topics.stream().mapToLong(TopicCounts::sent).sum();
    }

    public long acked() {
        return topics.stream().mapToLong(TopicCounts::acked).sum();
    }

    public long failed() {
        return topics.stream().mapToLong(TopicCounts::failed).sum();
    }

    /** Records handed to the sink that have no outcome yet. */
    public long inFlightTotal() {
        return topics.stream().mapToLong(TopicCounts::inFlight).sum();
    }

    public long missing() {
        return topics.stream().mapToLong(TopicCounts::missing).sum();
    }

    public TopicCounts topic(SourceTable table) {
        return topics.get(table.ordinal());
    }
}
