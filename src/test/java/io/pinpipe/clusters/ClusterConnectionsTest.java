package io.pinpipe.clusters;

import io.pinpipe.connections.AuthMode;
import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Connect" and "client.properties" for a cluster: the best auth mode, and the seed's file for IAM. */
class ClusterConnectionsTest {

    private static final String IAM = "b-1.demo.abc123.c4.kafka.eu-west-1.amazonaws.com:9098,b-2.demo.abc123.c4.kafka.eu-west-1.amazonaws.com:9098";
    private static final String SCRAM = "b-1.demo.abc123.c4.kafka.eu-west-1.amazonaws.com:9096";
    private static final String TLS = "b-1.demo.abc123.c4.kafka.eu-west-1.amazonaws.com:9094";
    private static final String PLAIN = "b-1.demo.abc123.c4.kafka.eu-west-1.amazonaws.com:9092";

    @Test
    void connectPrefersIamThenScramThenTlsThenPlaintext() {
        var all = brokers(IAM, SCRAM, TLS, PLAIN);
        assertThat(ClusterConnections.bestMode(cluster(ClientAuth.IAM, ClientAuth.SASL_SCRAM), all)).contains(AuthMode.IAM);
        assertThat(ClusterConnections.bestMode(cluster(ClientAuth.SASL_SCRAM), brokers(null, SCRAM, TLS, null))).contains(AuthMode.SCRAM);
        assertThat(ClusterConnections.bestMode(cluster(ClientAuth.UNAUTHENTICATED), brokers(null, null, TLS, PLAIN))).contains(AuthMode.TLS);
        assertThat(ClusterConnections.bestMode(cluster(ClientAuth.MUTUAL_TLS), brokers(null, null, TLS, PLAIN))).contains(AuthMode.PLAINTEXT);
        assertThatThrownBy(() -> ClusterConnections.requireBestMode(cluster(ClientAuth.MUTUAL_TLS), brokers(null, null, TLS, null)))
                .hasMessageContaining("accepts only mutual TLS (client certificates), which Pinpipe does not support");
    }

    @Test
    void iamConnectionKeepsTheProfileAndRegion() {
        var profile = new AwsProfile(Optional.of("data-eng"), ProfileKind.SSO, Optional.empty());
        var connection = ClusterConnections.forMode("demo", cluster(ClientAuth.IAM), brokers(IAM, null, null, null), AuthMode.IAM,
                profile, Optional.empty());
        assertThat(connection.bootstrap()).isEqualTo(IAM);
        assertThat(connection.auth()).isInstanceOfSatisfying(AuthSettings.Iam.class, iam -> {
            assertThat(iam.awsProfile()).contains("data-eng");
            assertThat(iam.awsRegion()).contains("eu-west-1");
            assertThat(iam.roleArn()).isEmpty();
        });
    }

    @Test
    void iamClientPropertiesWithTheDefaultChainAreExactlyTheSeeds() {
        var text = ClusterConnections.clientProperties(cluster(ClientAuth.IAM), brokers(IAM, null, null, null), AuthMode.IAM,
                AwsProfile.DEFAULT_CHAIN, Optional.empty());
        assertThat(text.lines().filter(line -> !line.startsWith("#"))).containsExactly(
                "bootstrap.servers = " + IAM,
                "security.protocol = SASL_SSL",
                "sasl.mechanism = AWS_MSK_IAM",
                "sasl.jaas.config = software.amazon.msk.auth.iam.IAMLoginModule required;",
                "sasl.client.callback.handler.class = software.amazon.msk.auth.iam.IAMClientCallbackHandler");
        var withProfile = ClusterConnections.clientProperties(cluster(ClientAuth.IAM), brokers(IAM, null, null, null), AuthMode.IAM,
                new AwsProfile(Optional.of("data-eng"), ProfileKind.ACCESS_KEYS, Optional.empty()), Optional.empty());
        assertThat(withProfile).contains("sasl.jaas.config = software.amazon.msk.auth.iam.IAMLoginModule required awsProfileName=\"data-eng\";");
    }

    @Test
    void scramNeedsAUserAndWritesNoPassword() {
        assertThatThrownBy(() -> ClusterConnections.clientProperties(cluster(ClientAuth.SASL_SCRAM), brokers(null, SCRAM, null, null),
                AuthMode.SCRAM, AwsProfile.DEFAULT_CHAIN, Optional.empty()))
                .hasMessage("SASL/SCRAM needs a username (its password is asked for when used)");
        var text = ClusterConnections.clientProperties(cluster(ClientAuth.SASL_SCRAM), brokers(null, SCRAM, null, null),
                AuthMode.SCRAM, AwsProfile.DEFAULT_CHAIN, Optional.of("alice"));
        assertThat(text).contains("security.protocol = SASL_SSL", "sasl.mechanism = SCRAM-SHA-512", "# sasl.jaas.config");
    }

    @Test
    void aModeTheClusterLacksIsNamedWithWhatItOffers() {
        assertThatThrownBy(() -> ClusterConnections.forMode("demo", cluster(ClientAuth.IAM), brokers(IAM, null, null, null),
                AuthMode.SCRAM, AwsProfile.DEFAULT_CHAIN, Optional.of("alice")))
                .hasMessage("Cluster demo has no bootstrap brokers for SASL/SCRAM: it offers iam");
    }

    @Test
    void aNameTakenByAnotherClusterGetsTheRegion() {
        var other = new Connection("demo", "elsewhere:9092", new AuthSettings.Plaintext());
        assertThat(ClusterConnections.nameFor(cluster(ClientAuth.IAM), IAM, List.of(other))).isEqualTo("demo (eu-west-1)");
        assertThat(ClusterConnections.nameFor(cluster(ClientAuth.IAM), "elsewhere:9092", List.of(other))).isEqualTo("demo");
    }

    private static ClusterSummary cluster(ClientAuth... auth) {
        return new ClusterSummary("demo", ClusterArn.parse("arn:aws:kafka:eu-west-1:123456789012:cluster/demo/abc123-1"),
                ClusterKind.PROVISIONED, ClusterState.ACTIVE, Optional.empty(), Optional.of("3.6.0"), OptionalInt.of(2),
                Optional.of("kafka.t3.small"), auth.length == 0 ? Set.of() : EnumSet.of(auth[0], auth), Optional.empty());
    }

    private static BootstrapBrokers brokers(String iam, String scram, String tls, String plain) {
        var strings = new java.util.ArrayList<BootstrapString>();
        if (iam != null) strings.add(new BootstrapString(AuthMode.IAM, BrokerNetwork.PRIVATE, iam));
        if (scram != null) strings.add(new BootstrapString(AuthMode.SCRAM, BrokerNetwork.PRIVATE, scram));
        if (tls != null) strings.add(new BootstrapString(AuthMode.TLS, BrokerNetwork.PRIVATE, tls));
        if (plain != null) strings.add(new BootstrapString(AuthMode.PLAINTEXT, BrokerNetwork.PRIVATE, plain));
        return new BootstrapBrokers(strings);
    }
}
