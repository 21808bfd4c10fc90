package io.pinpipe.messages;

import java.util.List;

/**
 * One browse: a topic, its chosen partitions (empty for all), where to start, the filter, the page size (matches
 * per page) and how much it may scan before asking.
 */
public record BrowseRequest(String topic, List<Integer> partitions, StartPosition start, MessageFilter filter,
                            int pageSize, ScanLimit limit) {

    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 10_000;

    public BrowseRequest {
        partitions = List.copyOf(partitions);
    }

    public BrowseRequest withStart(StartPosition newStart) {
        return new BrowseRequest(topic, partitions, newStart, filter, pageSize, limit);
    }

    public BrowseRequest withLimit(ScanLimit newLimit) {
        return new BrowseRequest(topic, partitions, start, filter, pageSize, newLimit);
    }
}
