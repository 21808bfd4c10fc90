package io.pinpipe.testing;

import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An MSK account for the app of a throw-away home: a local fake endpoint holding these clusters, the test-only keys
 * in AWS files under that home (never the repository) named by the AWS SDK's system properties, and settings that
 * open the window on Clusters, on that endpoint, with nothing started by itself. Closing clears the properties.
 */
public final class MskAccount implements AutoCloseable {

    public static final String REGION = "us-east-1";
    private static final List<String> AWS_PROPERTIES = List.of("aws.configFile", "aws.sharedCredentialsFile", "aws.profile", "aws.region");

    private final FakeMsk msk;
    private final Path home;

    private MskAccount(FakeMsk msk, Path home) {
        this.msk = msk;
        this.home = home;
    }

    /** @param name a word for the home folder's name */
    public static MskAccount open(String name, FakeCluster... clusters) throws Exception {
        var msk = FakeMsk.start().add(clusters);
        var home = Files.createTempDirectory("pinpipe-" + name);
        var files = FakeMsk.writeProfiles(home.resolve("aws"), REGION);
        System.setProperty("aws.configFile", files.config().toString());
        System.setProperty("aws.sharedCredentialsFile", files.credentials().toString());
        System.setProperty("aws.profile", FakeMsk.PROFILE);
        System.setProperty("aws.region", REGION);
        try (var settings = new SettingsStore(AppPaths.under(home).settingsFile())) {
            settings.update(s -> s.withLastPane("clusters").withStartSandboxOnOpen(false).withMskEndpoint(msk.endpoint().toString()));
        }
        return new MskAccount(msk, home);
    }

    public FakeMsk msk() {
        return msk;
    }

    public Path home() {
        return home;
    }

    @Override
    public void close() {
        AWS_PROPERTIES.forEach(System::clearProperty);
        msk.close();
    }
}
