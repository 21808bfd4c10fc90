package io.pinpipe.consumers;

/**
 * What kind of group the broker reports: a classic consumer group, a group on the new consumer protocol
 * (KIP-848), a Kafka Connect worker group (classic, protocol type "connect"), a Streams group (KIP-1071), a share
 * group, or something else the broker named.
 */
public enum GroupKind {
    CLASSIC("classic"), CONSUMER("consumer"), CONNECT("connect"), STREAMS("streams"), SHARE("share"), OTHER("other");

    private final String label;

    GroupKind(String label) {
        this.label = label;
    }

    /** The word the table and the command line show. */
    public String label() {
        return label;
    }
}
