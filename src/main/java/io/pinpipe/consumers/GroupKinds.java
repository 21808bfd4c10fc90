package io.pinpipe.consumers;

import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.common.GroupType;

/** Which {@link GroupKind} a listed group is, from the broker's group type and protocol type. */
final class GroupKinds {

    private GroupKinds() {
    }

    static GroupKind of(GroupListing listing) {
        var protocolType = listing.protocol() == null ? "" : listing.protocol();
        var type = listing.type().orElse(GroupType.CLASSIC);
        return switch (type) {
            case CONSUMER -> GroupKind.CONSUMER;
            case STREAMS -> GroupKind.STREAMS;
            case SHARE -> GroupKind.SHARE;
            case CLASSIC -> classic(protocolType);
            default -> GroupKind.OTHER;
        };
    }

    /** A classic group: "consumer" or "" (offsets committed by a client that never joined) or Connect's "connect". */
    private static GroupKind classic(String protocolType) {
        return switch (protocolType) {
            case "consumer", "" -> GroupKind.CLASSIC;
            case "connect" -> GroupKind.CONNECT;
            default -> GroupKind.OTHER;
        };
    }

    /** Kinds that describeConsumerGroups answers for. */
    static boolean describedAsConsumers(GroupKind kind) {
        return kind == GroupKind.CLASSIC || kind == GroupKind.CONSUMER;
    }

    /** Kinds whose committed offsets live with the group coordinator (share groups keep theirs elsewhere). */
    static boolean commitsOffsets(GroupKind kind) {
        return kind != GroupKind.SHARE;
    }
}
