package io.pinpipe.clusters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.ListClustersV2Request;
import software.amazon.awssdk.services.kafka.model.ListNodesRequest;
import software.amazon.awssdk.services.kafka.model.ListTopicsRequest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one MSK API client of a profile and region. Every method blocks (call it off the FX thread), logs each
 * call with its duration, and throws {@link MskException} with a sentence instead of the SDK's exceptions.
 * Throttled calls are retried with backoff by the SDK's standard retry strategy.
 */
public final class MskGateway implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MskGateway.class);

    private final KafkaClient client;
    private final MskTarget target;
    private final MskFailures failures;

    private MskGateway(KafkaClient client, MskTarget target, Optional<URI> endpoint) {
        this.client = client;
        this.target = target;
        this.failures = new MskFailures(target, endpoint);
    }

    /** Sets up the client; credentials are looked up on the first call, and their absence reported there. */
    public static MskGateway open(MskTarget target, AwsProfiles profiles, MskClientOptions options) {
        var retries = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(options.maxAttempts())
                .backoffStrategy(BackoffStrategy.exponentialDelay(options.baseDelay(), options.baseDelay().multipliedBy(20)))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(options.baseDelay(), options.baseDelay().multipliedBy(40)))
                .circuitBreakerEnabled(false)
                .build();
        var builder = KafkaClient.builder()
                .region(Region.of(target.region()))
                .credentialsProvider(credentials(target.profile(), profiles))
                .overrideConfiguration(o -> o.retryStrategy(retries)
                        .apiCallTimeout(options.callTimeout())
                        .defaultProfileFile(profiles.file())
                        .defaultProfileName(target.profile().name().orElse(profiles.environment().profile().orElse("default")))
                        .addExecutionInterceptor(new AttemptLog()));
        options.endpoint().ifPresent(builder::endpointOverride);
        return new MskGateway(builder.build(), target, options.endpoint());
    }

    static AwsCredentialsProvider credentials(AwsProfile profile, AwsProfiles profiles) {
        if (profile.name().isPresent()) {
            return ProfileCredentialsProvider.builder().profileFile(profiles.file()).profileName(profile.name().get()).build();
        }
        var chain = DefaultCredentialsProvider.builder().profileFile(profiles.file());
        profiles.environment().profile().ifPresent(chain::profileName);
        return chain.build();
    }

    public MskTarget target() {
        return target;
    }

    /** Every cluster of the region, page by page (ListClustersV2 with nextToken), by name. */
    public List<ClusterSummary> listClusters(ClusterPages pages, BooleanSupplier cancelled) {
        var clusters = new ArrayList<ClusterSummary>();
        String token = null;
        var page = 0;
        do {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Listing clusters in " + target.region() + " was cancelled");
            }
            var request = ListClustersV2Request.builder().nextToken(token).build();
            var response = call(MskCall.of("ListClustersV2"), "page " + ++page, () -> client.listClustersV2(request));
            var batch = new ArrayList<ClusterSummary>();
            for (var cluster : response.clusterInfoList()) {
                try {
                    batch.add(MskMapping.cluster(cluster));
                } catch (IllegalArgumentException e) {
                    log.warn("Skipping cluster {} of {}: {}", cluster.clusterName(), target.describe(), e.getMessage());
                }
            }
            clusters.addAll(batch);
            pages.page(batch, clusters.size());
            token = response.nextToken();
        } while (token != null && !token.isEmpty());
        clusters.sort(Comparator.comparing(ClusterSummary::name, String.CASE_INSENSITIVE_ORDER));
        return clusters;
    }

    public ClusterSummary describeCluster(String clusterArn) {
        var response = call(MskCall.on("DescribeClusterV2", clusterArn), "", () -> client.describeClusterV2(r -> r.clusterArn(clusterArn)));
        return MskMapping.cluster(response.clusterInfo());
    }

    /** Every bootstrap string; a cluster not yet created is answered here, without asking AWS. */
    public BootstrapBrokers bootstrapBrokers(ClusterSummary cluster) {
        if (!cluster.state().hasBrokers()) {
            throw notReady(cluster, "bootstrap brokers");
        }
        var arn = cluster.arn().toString();
        return MskMapping.brokers(call(MskCall.on("GetBootstrapBrokers", cluster.name()), "",
                () -> client.getBootstrapBrokers(r -> r.clusterArn(arn))));
    }

    /** The brokers of a provisioned cluster (ListNodes, every page); serverless clusters have none to show. */
    public List<BrokerNode> nodes(ClusterSummary cluster) {
        if (cluster.kind() == ClusterKind.SERVERLESS) {
            return List.of();
        }
        if (!cluster.state().hasBrokers()) {
            throw notReady(cluster, "brokers");
        }
        var nodes = new ArrayList<BrokerNode>();
        String token = null;
        do {
            var request = ListNodesRequest.builder().clusterArn(cluster.arn().toString()).nextToken(token).build();
            var response = call(MskCall.on("ListNodes", cluster.name()), "", () -> client.listNodes(request));
            response.nodeInfoList().stream().map(MskMapping::node).flatMap(Optional::stream).forEach(nodes::add);
            token = response.nextToken();
        } while (token != null && !token.isEmpty());
        nodes.sort(Comparator.comparingInt(BrokerNode::brokerId));
        return nodes;
    }

    /** The topics as the MSK API sees them (ListTopics, every page): works when the brokers are out of reach. */
    public List<MskTopic> topics(ClusterSummary cluster) {
        if (!cluster.state().hasBrokers()) {
            throw notReady(cluster, "topics");
        }
        var topics = new ArrayList<MskTopic>();
        String token = null;
        do {
            var request = ListTopicsRequest.builder().clusterArn(cluster.arn().toString()).nextToken(token).build();
            var response = call(MskCall.on("ListTopics", cluster.name()), "", () -> client.listTopics(request));
            response.topics().stream().map(MskMapping::topic).forEach(topics::add);
            token = response.nextToken();
        } while (token != null && !token.isEmpty());
        topics.sort(Comparator.comparing(MskTopic::name));
        return topics;
    }

    private MskException notReady(ClusterSummary cluster, String what) {
        return new MskException(MskException.Reason.NOT_READY, "Cluster " + cluster.name() + " is " + cluster.state().name()
                + (cluster.state() == ClusterState.CREATING
                ? ": it has no " + what + " until it is ACTIVE, usually 15 to 30 minutes after it was created"
                : ": it has no " + what + " to show"));
    }

    private <T> T call(MskCall call, String note, Supplier<T> request) {
        var started = System.nanoTime();
        try {
            var result = request.get();
            log.debug("MSK {}{} ({}) took {} ms", call.describe(), note.isEmpty() ? "" : " " + note, target.describe(),
                    millisSince(started));
            return result;
        } catch (RuntimeException e) {
            log.debug("MSK {} ({}) failed after {} ms: {}", call.describe(), target.describe(), millisSince(started), e.toString());
            throw failures.describe(e, call);
        }
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    @Override
    public void close() {
        client.close();
    }
}
