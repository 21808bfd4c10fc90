package io.pinpipe.clusters;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kafka.KafkaClient;

import java.util.List;
import java.util.Optional;

/** The regions where MSK is offered in the commercial partition, as this SDK version knows them. */
public final class MskRegions {

    private static final List<String> ALL = KafkaClient.serviceMetadata().regions().stream()
            .map(Region::id)
            .filter(id -> !id.contains("-gov-") && !id.startsWith("cn-") && !id.contains("-iso") && !id.startsWith("fips"))
            .filter(id -> id.matches("[a-z]{2}-[a-z]+-\\d+"))
            .sorted()
            .toList();

    private MskRegions() {
    }

    public static List<String> all() {
        return ALL;
    }

    /** A sentence when MSK is not offered in {@code region}; a local endpoint accepts any well-formed region. */
    public static Optional<String> problem(String region, boolean customEndpoint) {
        var stripped = region.strip();
        var format = io.pinpipe.connections.ConnectionRules.regionProblem(stripped);
        if (format.isPresent() || customEndpoint || ALL.contains(stripped)) {
            return format;
        }
        return Optional.of("Amazon MSK is not offered in region '" + stripped + "': use one of " + String.join(", ", ALL));
    }
}
