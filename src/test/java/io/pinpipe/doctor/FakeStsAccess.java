package io.pinpipe.doctor;

import software.amazon.awssdk.profiles.ProfileFile;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** A local STS and a temporary profile "doctor-test" whose keys it knows, for tests outside this package. */
public final class FakeStsAccess implements AutoCloseable {

    private final FakeSts sts;
    private final ProfileFile profiles;

    private FakeStsAccess(FakeSts sts, ProfileFile profiles) {
        this.sts = sts;
        this.profiles = profiles;
    }

    public static FakeStsAccess start(Path dir) throws Exception {
        var credentials = Files.writeString(dir.resolve("credentials"), """
                [doctor-test]
                aws_access_key_id = %s
                aws_secret_access_key = not-a-real-secret-for-tests-only-000000
                """.formatted(FakeSts.KEY));
        var config = Files.writeString(dir.resolve("config"), "[profile doctor-test]\nregion = eu-west-1\n");
        var profiles = ProfileFile.aggregator()
                .addFile(ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build())
                .addFile(ProfileFile.builder().content(credentials).type(ProfileFile.Type.CREDENTIALS).build())
                .build();
        return new FakeStsAccess(FakeSts.start(), profiles);
    }

    public Supplier<ProfileFile> profiles() {
        return () -> profiles;
    }

    public URI endpoint() {
        return sts.endpoint();
    }

    @Override
    public void close() {
        sts.close();
    }
}
