package io.pinpipe.clusters;

import io.pinpipe.testing.FakeMsk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Gateways of the real SDK client pointed at a {@link FakeMsk}, with profiles from a temporary file pair. */
final class FakeAws {

    private final FakeMsk msk;
    private final FakeMsk.AwsFiles files;
    private final Map<String, String> env = new HashMap<>();

    FakeAws(FakeMsk msk, Path folder) throws Exception {
        this.msk = msk;
        this.files = FakeMsk.writeProfiles(folder, "us-east-1");
        env.putAll(files.env());
    }

    FakeAws with(String variable, String value) {
        env.put(variable, value);
        return this;
    }

    AwsEnvironment environment() {
        return AwsEnvironment.of(env::get);
    }

    AwsProfiles profiles() {
        return AwsProfiles.read(environment());
    }

    MskClientOptions options(int attempts) {
        return MskClientOptions.DEFAULTS.withEndpoint(Optional.of(msk.endpoint())).withRetries(attempts, Duration.ofMillis(20));
    }

    MskGateway gateway(String profile, String region) {
        return gateway(profile, region, 3);
    }

    MskGateway gateway(String profile, String region, int attempts) {
        var profiles = profiles();
        var chosen = profiles.find(profile).orElseThrow(() -> new IllegalArgumentException("no profile " + profile));
        return MskGateway.open(new MskTarget(chosen, region), profiles, options(attempts));
    }
}
