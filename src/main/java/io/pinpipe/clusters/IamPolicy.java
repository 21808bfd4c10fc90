package io.pinpipe.clusters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A least-privilege IAM policy for a client of one cluster: connect to it, use only the topics and
 * consumer groups whose names start with a prefix. Shown beside the seed's policy it replaces, which
 * allows {@code kafka-cluster:*} on every cluster, topic and group of the account.
 */
public final class IamPolicy {

    public static final List<String> CLUSTER_ACTIONS = List.of("kafka-cluster:Connect", "kafka-cluster:DescribeCluster",
            "kafka-cluster:WriteDataIdempotently");
    public static final List<String> TOPIC_ACTIONS = List.of("kafka-cluster:CreateTopic", "kafka-cluster:DescribeTopic",
            "kafka-cluster:DescribeTopicDynamicConfiguration", "kafka-cluster:WriteData", "kafka-cluster:ReadData");
    public static final List<String> GROUP_ACTIONS = List.of("kafka-cluster:AlterGroup", "kafka-cluster:DescribeGroup");
    public static final List<String> CONTROL_PLANE_ACTIONS = List.of("kafka:DescribeClusterV2", "kafka:GetBootstrapBrokers",
            "kafka:ListNodes", "kafka:ListTopics");

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._-]+");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private IamPolicy() {
    }

    /** A sentence when a prefix would not make a narrow, valid resource ARN. */
    public static Optional<String> prefixProblem(String prefix, String what) {
        if (prefix == null || prefix.isBlank()) {
            return Optional.of("The " + what + " prefix cannot be empty: an empty prefix would allow every " + what);
        }
        if (!PREFIX.matcher(prefix.strip()).matches()) {
            return Optional.of("The " + what + " prefix '" + prefix.strip() + "' may hold only letters, digits, '.', '_' and '-'");
        }
        return Optional.empty();
    }

    /**
     * @param groupPrefix consumer groups; the topic prefix when empty
     * @throws IllegalArgumentException for an empty or ill-formed prefix
     */
    public static ObjectNode leastPrivilege(ClusterArn cluster, String topicPrefix, Optional<String> groupPrefix) {
        var topics = require(topicPrefix, "topic");
        var groups = require(groupPrefix.filter(g -> !g.isBlank()).orElse(topics), "consumer group");
        var policy = JSON.createObjectNode();
        policy.put("Version", "2012-10-17");
        var statements = policy.putArray("Statement");
        statements.add(statement("ConnectToCluster", CLUSTER_ACTIONS, List.of(cluster.toString())));
        statements.add(statement("TopicsStartingWith" + sid(topics), TOPIC_ACTIONS, List.of(cluster.topicArn(topics))));
        statements.add(statement("GroupsStartingWith" + sid(groups), GROUP_ACTIONS, List.of(cluster.groupArn(groups))));
        statements.add(statement("BrowseThisClusterInPinpipe", CONTROL_PLANE_ACTIONS, List.of(cluster.toString())));
        statements.add(statement("ListClustersInPinpipe", List.of("kafka:ListClustersV2"), List.of("*")));
        return policy;
    }

    /** The policy the original pipeline pasted (its README calls it overly permissive), for this account. */
    public static ObjectNode seedPolicy(String account) {
        var policy = JSON.createObjectNode();
        policy.put("Version", "2012-10-17");
        var statements = policy.putArray("Statement");
        statements.add(statement("VisualEditor0", List.of("kafka:ListClustersV2", "kafka:ListVpcConnections",
                "kafka:DescribeClusterOperation", "kafka:GetCompatibleKafkaVersions", "kafka:ListClusters",
                "kafka:ListKafkaVersions", "kafka:GetBootstrapBrokers", "kafka:ListConfigurations",
                "kafka:DescribeClusterOperationV2"), List.of("*")));
        var any = "arn:aws:kafka:*:" + account + ":";
        statements.add(statement("VisualEditor1", List.of("kafka-cluster:*"), List.of(any + "transactional-id/*/*/*",
                any + "group/*/*/*", any + "topic/*/*/*", any + "cluster/*/*")));
        statements.add(statement("VisualEditor2", List.of("kafka:*"), List.of(any + "cluster/*/*",
                any + "configuration/*/*", any + "vpc-connection/*/*/*")));
        return policy;
    }

    public static String text(ObjectNode policy) {
        try {
            return JSON.writeValueAsString(policy) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode statement(String sid, List<String> actions, List<String> resources) {
        var statement = JSON.createObjectNode();
        statement.put("Sid", sid);
        statement.put("Effect", "Allow");
        var actionArray = statement.putArray("Action");
        actions.forEach(actionArray::add);
        if (resources.size() == 1) {
            statement.put("Resource", resources.get(0));
        } else {
            var resourceArray = statement.putArray("Resource");
            resources.forEach(resourceArray::add);
        }
        return statement;
    }

    private static String require(String prefix, String what) {
        prefixProblem(prefix, what).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return prefix.strip();
    }

    /** Statement ids allow only letters and digits. */
    private static String sid(String prefix) {
        var cleaned = prefix.replaceAll("[^A-Za-z0-9]", "");
        return cleaned.isEmpty() ? "Prefix" : Character.toUpperCase(cleaned.charAt(0)) + cleaned.substring(1);
    }
}
