package io.pinpipe.app;

import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.FakeCluster;
import io.pinpipe.testing.FakeMsk;

import java.nio.file.Path;
import java.util.List;

/**
 * The MSK account the tour's Clusters picture shows: a local fake endpoint with a few provisioned and serverless
 * clusters, and the test-only keys in AWS files under the tour's throw-away home (never the repository).
 */
final class TourClusters implements AutoCloseable {

    static final String REGION = "us-east-1";
    static final String PIPELINE = "pinterest-msk";
    private static final List<String> AWS_PROPERTIES = List.of("aws.configFile", "aws.sharedCredentialsFile", "aws.profile", "aws.region");

    private final FakeMsk msk;

    private TourClusters(FakeMsk msk) {
        this.msk = msk;
    }

    /** Starts the endpoint and points the app of {@code home} at it with the test profile. */
    static TourClusters start(Path home) throws Exception {
        var msk = FakeMsk.start().add(
                FakeCluster.provisioned(PIPELINE, REGION).withScram().created("2024-03-01T10:15:30.123Z")
                        .topics("0a1b2c3d4e5f.pin", "0a1b2c3d4e5f.geo", "0a1b2c3d4e5f.user"),
                FakeCluster.serverless("pinterest-msk-serverless", REGION).created("2024-06-12T08:41:02.000Z"),
                FakeCluster.provisioned("clickstream-prod", REGION).brokers(6, "kafka.m5.xlarge").created("2023-11-20T14:03:57.000Z"),
                FakeCluster.provisioned("analytics-staging", REGION).brokers(2, "kafka.t3.small").created("2024-09-05T16:22:10.000Z"),
                FakeCluster.serverless("events-serverless", REGION).created("2025-01-14T09:30:45.000Z"),
                FakeCluster.provisioned("recommendations-msk", REGION).state("CREATING").created("2025-02-03T11:58:20.000Z"));
        var files = FakeMsk.writeProfiles(home.resolve("aws"), REGION);
        System.setProperty("aws.configFile", files.config().toString());
        System.setProperty("aws.sharedCredentialsFile", files.credentials().toString());
        System.setProperty("aws.profile", FakeMsk.PROFILE);
        System.setProperty("aws.region", REGION);
        try (var settings = new SettingsStore(AppPaths.under(home).settingsFile())) {
            settings.update(s -> s.withMskEndpoint(msk.endpoint().toString()));
        }
        return new TourClusters(msk);
    }

    /** Requests the fake refused for a bad signature: none when the app signed with the test keys. */
    List<String> signatureProblems() {
        return msk.signatureProblems();
    }

    @Override
    public void close() {
        AWS_PROPERTIES.forEach(System::clearProperty);
        msk.close();
    }
}
