package io.pinpipe.consumers;

import java.time.Instant;
import java.util.List;

/**
 * Every group of a cluster with its lag, as one refresh read it.
 *
 * @param roundTrips the Admin requests the refresh sent to the brokers (list, describe, offsets, end offsets,
 *                   counted from the admin client's own request metrics): it must not grow one per group
 */
public record GroupsOverview(List<GroupSummary> groups, Instant readAt, int roundTrips) {
}
