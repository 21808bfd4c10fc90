package io.pinpipe.clusters;

import java.util.regex.Pattern;

/**
 * An MSK cluster ARN, {@code arn:aws:kafka:REGION:ACCOUNT:cluster/NAME/UUID}, and the topic and group ARNs
 * that IAM policies for it name.
 */
public record ClusterArn(String partition, String region, String account, String clusterName, String clusterUuid) {

    private static final Pattern ARN = Pattern.compile(
            "arn:(aws[a-z-]*):kafka:([a-z0-9-]+):(\\d{12}):cluster/([^/]+)/([^/]+)");

    /** @throws IllegalArgumentException saying what an MSK cluster ARN looks like */
    public static ClusterArn parse(String text) {
        var matcher = ARN.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not an MSK cluster ARN such as "
                    + "arn:aws:kafka:us-east-1:123456789012:cluster/pinterest-msk/5f0c3b7e-1d2a-4c8e-9f3b-2a1b0c9d8e7f-4");
        }
        return new ClusterArn(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4), matcher.group(5));
    }

    public static boolean looksLikeArn(String text) {
        return text.strip().startsWith("arn:");
    }

    @Override
    public String toString() {
        return prefix() + "cluster/" + clusterName + "/" + clusterUuid;
    }

    /** Topics of this cluster whose names start with {@code namePrefix}: {@code ...:topic/NAME/UUID/PREFIX*}. */
    public String topicArn(String namePrefix) {
        return prefix() + "topic/" + clusterName + "/" + clusterUuid + "/" + namePrefix + "*";
    }

    public String groupArn(String namePrefix) {
        return prefix() + "group/" + clusterName + "/" + clusterUuid + "/" + namePrefix + "*";
    }

    private String prefix() {
        return "arn:" + partition + ":kafka:" + region + ":" + account + ":";
    }
}
