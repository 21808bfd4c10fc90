package io.pinpipe.clusters;

import io.pinpipe.connections.AuthMode;
import io.pinpipe.testing.ClosedPort;
import io.pinpipe.testing.FakeCluster;
import io.pinpipe.testing.FakeMsk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real SDK client, signing real requests, against a local server speaking the MSK wire format. */
class MskGatewayTest {

    private static FakeMsk msk;
    private static FakeCluster pipeline;
    private static FakeCluster events;
    private static FakeCluster fresh;
    private static FakeCluster locked;

    @TempDir
    Path folder;
    private FakeAws aws;

    @BeforeAll
    static void startFake() throws Exception {
        msk = FakeMsk.start();
        for (var i = 1; i <= 21; i++) {
            msk.add(FakeCluster.provisioned(String.format("team-%02d", i), "us-east-1"));
        }
        pipeline = FakeCluster.provisioned("pinterest-msk", "us-east-1").brokers(3, "kafka.m5.large").withScram()
                .topics("0a1b2c3d4e5f.pin", "0a1b2c3d4e5f.geo", "0a1b2c3d4e5f.user");
        events = FakeCluster.serverless("events-serverless", "us-east-1");
        fresh = FakeCluster.provisioned("new-cluster", "us-east-1").state("CREATING");
        locked = FakeCluster.provisioned("locked-down", "us-east-1");
        msk.add(pipeline, events, fresh, locked, FakeCluster.provisioned("dublin", "eu-west-1"));
        msk.forbidBootstrapBrokers("locked-down");
    }

    @AfterAll
    static void stopFake() {
        msk.close();
    }

    @BeforeEach
    void profiles() throws Exception {
        aws = new FakeAws(msk, folder);
        msk.clearRequests();
    }

    @AfterEach
    void everyRequestWasSignedCorrectly() {
        assertThat(msk.signatureProblems()).isEmpty();
    }

    @Test
    void listsEveryPageOfTheRegionByName() {
        var pages = new ArrayList<Integer>();
        try (var gateway = aws.gateway(FakeMsk.PROFILE, "us-east-1")) {
            var clusters = gateway.listClusters((batch, soFar) -> pages.add(soFar), () -> false);

            assertThat(clusters).hasSize(25);
            assertThat(clusters.get(0).name()).isEqualTo("events-serverless");
            assertThat(clusters).extracting(ClusterSummary::name).doesNotContain("dublin").isSortedAccordingTo(String::compareToIgnoreCase);
        }
        assertThat(pages).containsExactly(10, 20, 25);
        var listings = msk.requests("/api/v2/clusters");
        assertThat(listings).hasSize(3).allSatisfy(request -> assertThat(request.region()).isEqualTo("us-east-1"));
        assertThat(listings.get(0).query()).doesNotContainKey("nextToken");
        assertThat(listings.get(1).query()).containsKey("nextToken");
        assertThat(listings.get(2).query().get("nextToken")).isNotEqualTo(listings.get(1).query().get("nextToken"));
    }

    @Test
    void mapsProvisionedServerlessAndCreatingClusters() {
        try (var gateway = aws.gateway(FakeMsk.PROFILE, "us-east-1")) {
            var clusters = gateway.listClusters(ClusterPages.NONE, () -> false);
            var provisioned = named(clusters, "pinterest-msk");
            assertThat(provisioned.kind()).isEqualTo(ClusterKind.PROVISIONED);
            assertThat(provisioned.state()).isEqualTo(ClusterState.ACTIVE);
            assertThat(provisioned.kafkaVersion()).contains("3.6.0");
            assertThat(provisioned.brokerCount()).isEqualTo(OptionalInt.of(3));
            assertThat(provisioned.instanceType()).contains("kafka.m5.large");
            assertThat(provisioned.auth()).isEqualTo(EnumSet.of(ClientAuth.IAM, ClientAuth.SASL_SCRAM));
            assertThat(provisioned.authLabels()).isEqualTo("IAM, SASL/SCRAM");
            assertThat(provisioned.created()).contains(Instant.parse("2024-03-01T10:15:30.123Z"));
            assertThat(provisioned.arn().toString()).isEqualTo(pipeline.arn());
            assertThat(provisioned.arn().account()).isEqualTo(FakeCluster.ACCOUNT);

            var serverless = named(clusters, "events-serverless");
            assertThat(serverless.kind()).isEqualTo(ClusterKind.SERVERLESS);
            assertThat(serverless.auth()).containsExactly(ClientAuth.IAM);
            assertThat(serverless.brokerCount()).isEmpty();
            assertThat(serverless.instanceType()).isEmpty();

            var creating = named(clusters, "new-cluster");
            assertThat(creating.state()).isEqualTo(ClusterState.CREATING);
            assertThat(creating.stateMessage()).contains("Cluster creation in progress");
        }
    }

    @Test
    void bootstrapBrokersNodesAndTopicsOfACluster() {
        try (var gateway = aws.gateway(FakeMsk.PROFILE, "us-east-1")) {
            var cluster = gateway.describeCluster(pipeline.arn());
            var brokers = gateway.bootstrapBrokers(cluster);

            assertThat(brokers.strings()).extracting(BootstrapString::label).containsExactly(
                    "IAM (MSK) · inside the VPC", "SASL/SCRAM · inside the VPC", "IAM (MSK) · public access", "SASL/SCRAM · public access");
            assertThat(brokers.forMode(AuthMode.IAM).orElseThrow().servers()).isEqualTo(pipeline.bootstrap("bootstrapBrokerStringSaslIam"));
            assertThat(brokers.find(AuthMode.SCRAM, BrokerNetwork.PUBLIC).orElseThrow().servers()).contains(":9196");
            assertThat(ClusterConnections.bestMode(cluster, brokers)).contains(AuthMode.IAM);

            var nodes = gateway.nodes(cluster);
            assertThat(nodes).extracting(BrokerNode::brokerId).containsExactly(1, 2, 3);
            assertThat(nodes.get(0).endpoints()).containsExactly("b-1.pinterest-msk." + pipeline.arn().split("/")[2].substring(0, 6)
                    + ".c4.kafka.us-east-1.amazonaws.com");
            assertThat(nodes.get(1).vpcAddress()).contains("10.0.2.12");
            assertThat(nodes.get(2).clientSubnet()).contains("subnet-0d1b");

            assertThat(gateway.topics(cluster)).extracting(MskTopic::name)
                    .containsExactly("0a1b2c3d4e5f.geo", "0a1b2c3d4e5f.pin", "0a1b2c3d4e5f.user");
        }
    }

    @Test
    void accessDeniedNamesTheMissingAction() {
        try (var gateway = aws.gateway(FakeMsk.PROFILE, "us-east-1")) {
            var cluster = gateway.describeCluster(locked.arn());
            assertThatThrownBy(() -> gateway.bootstrapBrokers(cluster))
                    .isInstanceOfSatisfying(MskException.class, e -> assertThat(e.reason()).isEqualTo(MskException.Reason.ACCESS_DENIED))
                    .hasMessageStartingWith("Access denied: AWS profile 'pinpipe-test' may not call kafka:GetBootstrapBrokers "
                            + "on cluster locked-down. Add kafka:GetBootstrapBrokers to its IAM policy");
            assertThat(gateway.nodes(cluster)).hasSize(3); // one refused call does not spoil the others
        }
    }

    @Test
    void unknownClusterIsNotFound() {
        var gone = pipeline.arn().replace("pinterest-msk", "deleted-cluster");
        try (var gateway = aws.gateway(FakeMsk.PROFILE, "us-east-1")) {
            assertThatThrownBy(() -> gateway.describeCluster(gone))
                    .isInstanceOfSatisfying(MskException.class, e -> assertThat(e.reason()).isEqualTo(MskException.Reason.NOT_FOUND))
                    .hasMessageContaining("No such MSK cluster '" + gone + "' in us-east-1")
                    .hasMessageContaining("deleted, or be in another region or account");
        }
        assertThat(msk.requests()).extracting(FakeMsk.Request::status).containsExactly(404);
    }

    @Test
    void aClusterStillBeingCreatedSaysSoInsteadOfCalling() {
        try (var gateway = aws.gateway(FakeMsk.PROFILE, "us-east-1")) {
            var cluster = gateway.describeCluster(fresh.arn());
            msk.clearRequests();
            assertThatThrownBy(() -> gateway.bootstrapBrokers(cluster))
                    .isInstanceOfSatisfying(MskException.class, e -> assertThat(e.reason()).isEqualTo(MskException.Reason.NOT_READY))
                    .hasMessage("Cluster new-cluster is CREATING: it has no bootstrap brokers until it is ACTIVE, "
                            + "usually 15 to 30 minutes after it was created");
            assertThat(msk.requests()).isEmpty();
            var stale = new ClusterSummary(cluster.name(), cluster.arn(), cluster.kind(), ClusterState.ACTIVE, Optional.empty(),
                    Optional.empty(), OptionalInt.empty(), Optional.empty(), cluster.auth(), Optional.empty());
            assertThatThrownBy(() -> gateway.bootstrapBrokers(stale)) // listed as ACTIVE a moment ago: AWS's 409 says otherwise
                    .isInstanceOfSatisfying(MskException.class, e -> assertThat(e.reason()).isEqualTo(MskException.Reason.NOT_READY))
                    .hasMessageContaining("not available while the cluster is CREATING");
        }
    }

    @Test
    void throttlingIsRetriedWithBackoff() {
        msk.throttleNext(1);
        try (var gateway = aws.gateway(FakeMsk.PROFILE, "us-east-1")) {
            assertThat(gateway.describeCluster(pipeline.arn()).name()).isEqualTo("pinterest-msk");
        }
        assertThat(msk.requests()).extracting(FakeMsk.Request::status).containsExactly(429, 200);
    }

    @Test
    void throttlingThatPersistsIsReported() {
        msk.throttleNext(5);
        try (var gateway = aws.gateway(FakeMsk.PROFILE, "us-east-1", 3)) {
            assertThatThrownBy(() -> gateway.listClusters(ClusterPages.NONE, () -> false))
                    .isInstanceOfSatisfying(MskException.class, e -> assertThat(e.reason()).isEqualTo(MskException.Reason.THROTTLED))
                    .hasMessage("AWS is throttling MSK API calls (ListClustersV2, still refused after 3 attempts): "
                            + "wait a minute, then refresh");
        } finally {
            msk.throttleNext(0);
        }
        assertThat(msk.requests()).extracting(FakeMsk.Request::status).containsExactly(429, 429, 429);
    }

    @Test
    void aProfileWithoutCredentialsSaysHowToConfigureOne() {
        try (var gateway = aws.gateway("default", "us-east-1")) {
            assertThatThrownBy(() -> gateway.listClusters(ClusterPages.NONE, () -> false))
                    .isInstanceOfSatisfying(MskException.class, e -> assertThat(e.reason()).isEqualTo(MskException.Reason.NO_CREDENTIALS))
                    .hasMessageStartingWith("No AWS credentials for AWS profile 'default': run 'aws configure --profile default'");
        }
        assertThat(msk.requests()).isEmpty();
    }

    @Test
    void anSsoProfileWithoutASessionSaysToLogIn() {
        try (var gateway = aws.gateway("sso-dev", "us-east-1")) {
            assertThatThrownBy(() -> gateway.listClusters(ClusterPages.NONE, () -> false))
                    .isInstanceOf(MskException.class)
                    .hasMessageContaining("aws sso login --profile sso-dev");
        }
    }

    @Test
    void keysAwsDoesNotKnowAreRejectedInWords() {
        try (var gateway = aws.gateway("keys-only", "us-east-1")) {
            assertThatThrownBy(() -> gateway.listClusters(ClusterPages.NONE, () -> false))
                    .isInstanceOfSatisfying(MskException.class, e -> assertThat(e.reason()).isEqualTo(MskException.Reason.INVALID_CREDENTIALS))
                    .hasMessageStartingWith("AWS did not accept the credentials of AWS profile 'keys-only' (UnrecognizedClientException");
        }
        assertThat(msk.signatureProblems()).hasSize(1);
        msk.clearRequests();
        // the fake counts the refusal as a signature problem; this test expects exactly that one
        msk.signatureProblemsReset();
    }

    @Test
    void anEndpointNobodyListensOnIsUnreachable() throws Exception {
        try (var closedPort = ClosedPort.open()) {
            var port = closedPort.port();
            var profiles = aws.profiles();
            var options = MskClientOptions.DEFAULTS.withEndpoint(Optional.of(java.net.URI.create("http://127.0.0.1:" + port)))
                    .withRetries(2, java.time.Duration.ofMillis(10));
            try (var gateway = MskGateway.open(new MskTarget(profiles.find(FakeMsk.PROFILE).orElseThrow(), "us-east-1"), profiles, options)) {
                assertThatThrownBy(() -> gateway.listClusters(ClusterPages.NONE, () -> false))
                        .isInstanceOfSatisfying(MskException.class, e -> assertThat(e.reason()).isEqualTo(MskException.Reason.UNREACHABLE))
                        .hasMessageStartingWith("Cannot connect to the MSK API at http://127.0.0.1:" + port);
            }
        }
    }

    private static ClusterSummary named(List<ClusterSummary> clusters, String name) {
        return clusters.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
