package io.pinpipe.doctor;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the cluster said about itself. When the full description timed out but the bootstrap broker still
 * answered a topic listing, {@code described} is false and the brokers are those the partitions name.
 */
record KafkaAnswer(Optional<String> clusterId, List<Broker> brokers, Optional<Integer> controllerId, boolean described,
                   Duration took) {

    KafkaAnswer {
        brokers = List.copyOf(brokers);
    }

    /** A broker as it advertises itself: the address clients are told to connect to. */
    record Broker(int id, String host, int port, Optional<String> rack) {
        String address() {
            return host + ":" + port;
        }
    }
}
