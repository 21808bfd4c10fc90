package io.pinpipe.clusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The least-privilege policy for a given cluster ARN and prefixes, field by field, as IAM reads it. */
class IamPolicyTest {

    private static final ClusterArn CLUSTER = ClusterArn.parse(
            "arn:aws:kafka:eu-west-1:123456789012:cluster/pinterest-msk/5f0c3b7e-1d2a-4c8e-9f3b-2a1b0c9d8e7f-4");

    @Test
    void connectOnTheClusterTopicsAndGroupsOnlyUnderTheirPrefixes() throws Exception {
        var policy = new ObjectMapper().readTree(IamPolicy.text(IamPolicy.leastPrivilege(CLUSTER, "0a1b2c3d4e5f.", Optional.of("pinpipe-"))));

        assertThat(policy.get("Version").asText()).isEqualTo("2012-10-17");
        var statements = policy.get("Statement");
        assertThat(statements).hasSize(5);
        assertThat(statements).allSatisfy(statement -> assertThat(statement.get("Effect").asText()).isEqualTo("Allow"));

        var cluster = statements.get(0);
        assertThat(cluster.get("Sid").asText()).isEqualTo("ConnectToCluster");
        assertThat(texts(cluster.get("Action"))).containsExactly("kafka-cluster:Connect", "kafka-cluster:DescribeCluster",
                "kafka-cluster:WriteDataIdempotently");
        assertThat(cluster.get("Resource").asText())
                .isEqualTo("arn:aws:kafka:eu-west-1:123456789012:cluster/pinterest-msk/5f0c3b7e-1d2a-4c8e-9f3b-2a1b0c9d8e7f-4");

        var topics = statements.get(1);
        assertThat(topics.get("Sid").asText()).isEqualTo("TopicsStartingWith0a1b2c3d4e5f");
        assertThat(texts(topics.get("Action"))).containsExactly("kafka-cluster:CreateTopic", "kafka-cluster:DescribeTopic",
                "kafka-cluster:DescribeTopicDynamicConfiguration", "kafka-cluster:WriteData", "kafka-cluster:ReadData");
        assertThat(topics.get("Resource").asText()).isEqualTo(
                "arn:aws:kafka:eu-west-1:123456789012:topic/pinterest-msk/5f0c3b7e-1d2a-4c8e-9f3b-2a1b0c9d8e7f-4/0a1b2c3d4e5f.*");

        var groups = statements.get(2);
        assertThat(texts(groups.get("Action"))).containsExactly("kafka-cluster:AlterGroup", "kafka-cluster:DescribeGroup");
        assertThat(groups.get("Resource").asText()).isEqualTo(
                "arn:aws:kafka:eu-west-1:123456789012:group/pinterest-msk/5f0c3b7e-1d2a-4c8e-9f3b-2a1b0c9d8e7f-4/pinpipe-*");

        var browse = statements.get(3);
        assertThat(texts(browse.get("Action"))).containsExactly("kafka:DescribeClusterV2", "kafka:GetBootstrapBrokers",
                "kafka:ListNodes", "kafka:ListTopics");
        assertThat(browse.get("Resource").asText()).isEqualTo(CLUSTER.toString());
        assertThat(texts(statements.get(4).get("Action"))).containsExactly("kafka:ListClustersV2");
        assertThat(statements.get(4).get("Resource").asText()).isEqualTo("*");

        var everything = policy.toString();
        assertThat(everything).doesNotContain("kafka-cluster:*").doesNotContain("topic/*").doesNotContain("kafka:*");
    }

    @Test
    void groupsDefaultToTheTopicPrefix() {
        var policy = IamPolicy.leastPrivilege(CLUSTER, "0a1b2c3d4e5f", Optional.empty());
        assertThat(policy.get("Statement").get(2).get("Resource").asText()).endsWith(":group/pinterest-msk/"
                + CLUSTER.clusterUuid() + "/0a1b2c3d4e5f*");
    }

    @Test
    void theSeedPolicyItReplacesAllowsEverything() {
        var seed = IamPolicy.seedPolicy("123456789012");
        var statements = seed.get("Statement");
        assertThat(statements.get(1).get("Action").get(0).asText()).isEqualTo("kafka-cluster:*");
        assertThat(texts(statements.get(1).get("Resource"))).containsExactly(
                "arn:aws:kafka:*:123456789012:transactional-id/*/*/*", "arn:aws:kafka:*:123456789012:group/*/*/*",
                "arn:aws:kafka:*:123456789012:topic/*/*/*", "arn:aws:kafka:*:123456789012:cluster/*/*");
        assertThat(statements.get(2).get("Action").get(0).asText()).isEqualTo("kafka:*");
    }

    @Test
    void emptyOrWildcardPrefixesAreRefused() {
        assertThatThrownBy(() -> IamPolicy.leastPrivilege(CLUSTER, " ", Optional.empty()))
                .hasMessage("The topic prefix cannot be empty: an empty prefix would allow every topic");
        assertThatThrownBy(() -> IamPolicy.leastPrivilege(CLUSTER, "a*", Optional.empty()))
                .hasMessage("The topic prefix 'a*' may hold only letters, digits, '.', '_' and '-'");
        assertThatThrownBy(() -> IamPolicy.leastPrivilege(CLUSTER, "ok", Optional.of("x/y")))
                .hasMessage("The consumer group prefix 'x/y' may hold only letters, digits, '.', '_' and '-'");
    }

    @Test
    void clusterArnsAreParsedOrExplained() {
        assertThat(CLUSTER.region()).isEqualTo("eu-west-1");
        assertThat(CLUSTER.account()).isEqualTo("123456789012");
        assertThat(CLUSTER.clusterName()).isEqualTo("pinterest-msk");
        assertThat(CLUSTER.clusterUuid()).isEqualTo("5f0c3b7e-1d2a-4c8e-9f3b-2a1b0c9d8e7f-4");
        assertThatThrownBy(() -> ClusterArn.parse("arn:aws:kafka:eu-west-1:123:cluster/x"))
                .hasMessageStartingWith("'arn:aws:kafka:eu-west-1:123:cluster/x' is not an MSK cluster ARN");
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
