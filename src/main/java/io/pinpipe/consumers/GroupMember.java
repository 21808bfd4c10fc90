package io.pinpipe.consumers;

import java.util.List;
import java.util.Optional;

/** One member of a group and the partitions assigned to it, as "topic-partition" sorted by topic and number. */
public record GroupMember(String memberId, Optional<String> instanceId, String clientId, String host,
                          List<String> assignment) {
}
