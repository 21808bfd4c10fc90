package io.pinpipe.clusters;

import io.pinpipe.connections.AuthMode;
import software.amazon.awssdk.services.kafka.model.Cluster;
import software.amazon.awssdk.services.kafka.model.ClusterType;
import software.amazon.awssdk.services.kafka.model.GetBootstrapBrokersResponse;
import software.amazon.awssdk.services.kafka.model.NodeInfo;
import software.amazon.awssdk.services.kafka.model.Provisioned;
import software.amazon.awssdk.services.kafka.model.TopicInfo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The SDK's model classes to the app's own records; nothing else sees the SDK's types. */
final class MskMapping {

    private MskMapping() {
    }

    static ClusterSummary cluster(Cluster cluster) {
        var arn = ClusterArn.parse(cluster.clusterArn());
        var serverless = cluster.clusterType() == ClusterType.SERVERLESS || cluster.serverless() != null;
        var provisioned = Optional.ofNullable(cluster.provisioned());
        return new ClusterSummary(
                Optional.ofNullable(cluster.clusterName()).orElse(arn.clusterName()),
                arn,
                serverless ? ClusterKind.SERVERLESS : ClusterKind.PROVISIONED,
                ClusterState.of(cluster.stateAsString()),
                Optional.ofNullable(cluster.stateInfo()).map(info -> info.message()).filter(m -> m != null && !m.isBlank()),
                provisioned.map(Provisioned::currentBrokerSoftwareInfo).map(info -> info.kafkaVersion()),
                provisioned.map(p -> p.numberOfBrokerNodes()).map(OptionalInt::of).orElse(OptionalInt.empty()),
                provisioned.map(Provisioned::brokerNodeGroupInfo).map(group -> group.instanceType()),
                serverless ? EnumSet.of(ClientAuth.IAM) : auth(provisioned),
                Optional.ofNullable(cluster.creationTime()));
    }

    /** A provisioned cluster without client authentication settings accepts unauthenticated clients (MSK's default). */
    private static Set<ClientAuth> auth(Optional<Provisioned> provisioned) {
        var auth = EnumSet.noneOf(ClientAuth.class);
        var client = provisioned.map(Provisioned::clientAuthentication);
        if (client.isEmpty()) {
            auth.add(ClientAuth.UNAUTHENTICATED);
            return auth;
        }
        var settings = client.get();
        if (settings.sasl() != null && settings.sasl().iam() != null && Boolean.TRUE.equals(settings.sasl().iam().enabled())) {
            auth.add(ClientAuth.IAM);
        }
        if (settings.sasl() != null && settings.sasl().scram() != null && Boolean.TRUE.equals(settings.sasl().scram().enabled())) {
            auth.add(ClientAuth.SASL_SCRAM);
        }
        if (settings.tls() != null && Boolean.TRUE.equals(settings.tls().enabled())) {
            auth.add(ClientAuth.MUTUAL_TLS);
        }
        if (settings.unauthenticated() != null && Boolean.TRUE.equals(settings.unauthenticated().enabled())) {
            auth.add(ClientAuth.UNAUTHENTICATED);
        }
        return auth;
    }

    static BootstrapBrokers brokers(GetBootstrapBrokersResponse response) {
        var strings = new ArrayList<BootstrapString>();
        add(strings, AuthMode.PLAINTEXT, BrokerNetwork.PRIVATE, response.bootstrapBrokerString());
        add(strings, AuthMode.TLS, BrokerNetwork.PRIVATE, response.bootstrapBrokerStringTls());
        add(strings, AuthMode.SCRAM, BrokerNetwork.PRIVATE, response.bootstrapBrokerStringSaslScram());
        add(strings, AuthMode.IAM, BrokerNetwork.PRIVATE, response.bootstrapBrokerStringSaslIam());
        add(strings, AuthMode.TLS, BrokerNetwork.PUBLIC, response.bootstrapBrokerStringPublicTls());
        add(strings, AuthMode.SCRAM, BrokerNetwork.PUBLIC, response.bootstrapBrokerStringPublicSaslScram());
        add(strings, AuthMode.IAM, BrokerNetwork.PUBLIC, response.bootstrapBrokerStringPublicSaslIam());
        add(strings, AuthMode.TLS, BrokerNetwork.VPC_CONNECTIVITY, response.bootstrapBrokerStringVpcConnectivityTls());
        add(strings, AuthMode.SCRAM, BrokerNetwork.VPC_CONNECTIVITY, response.bootstrapBrokerStringVpcConnectivitySaslScram());
        add(strings, AuthMode.IAM, BrokerNetwork.VPC_CONNECTIVITY, response.bootstrapBrokerStringVpcConnectivitySaslIam());
        return new BootstrapBrokers(strings);
    }

    private static void add(ArrayList<BootstrapString> strings, AuthMode mode, BrokerNetwork network, String servers) {
        if (servers != null && !servers.isBlank()) {
            strings.add(new BootstrapString(mode, network, servers.strip()));
        }
    }

    static Optional<BrokerNode> node(NodeInfo node) {
        var broker = node.brokerNodeInfo();
        if (broker == null || broker.brokerId() == null) {
            return Optional.empty();
        }
        return Optional.of(new BrokerNode(broker.brokerId().intValue(),
                broker.endpoints() == null ? java.util.List.of() : broker.endpoints(),
                Optional.ofNullable(broker.clientSubnet()), Optional.ofNullable(broker.clientVpcIpAddress()),
                Optional.ofNullable(node.instanceType()),
                Optional.ofNullable(broker.currentBrokerSoftwareInfo()).map(info -> info.kafkaVersion())));
    }

    static MskTopic topic(TopicInfo topic) {
        return new MskTopic(topic.topicName(), orZero(topic.partitionCount()), orZero(topic.replicationFactor()),
                orZero(topic.outOfSyncReplicaCount()));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
