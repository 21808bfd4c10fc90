package io.pinpipe.clusters;

import io.pinpipe.testing.FakeMsk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Profiles read from a temporary shared config and credentials file pair, as the AWS CLI reads them. */
class AwsProfilesTest {

    @TempDir
    Path folder;

    @Test
    void defaultChainFirstThenEveryProfileOfBothFilesWithItsKind() throws Exception {
        var files = FakeMsk.writeProfiles(folder, "us-east-1");
        var profiles = AwsProfiles.read(AwsEnvironment.of(files.env()::get));

        assertThat(profiles.list()).extracting(AwsProfile::label, AwsProfile::kind, AwsProfile::region).containsExactly(
                tuple("Default chain", ProfileKind.DEFAULT_CHAIN, Optional.of("eu-west-1")),
                tuple("default", ProfileKind.SETTINGS_ONLY, Optional.of("eu-west-1")),
                tuple("keys-only", ProfileKind.ACCESS_KEYS, Optional.empty()),
                tuple("ops-role", ProfileKind.ASSUME_ROLE, Optional.empty()),
                tuple("pinpipe-test", ProfileKind.ACCESS_KEYS, Optional.of("us-east-1")),
                tuple("sso-dev", ProfileKind.SSO, Optional.of("us-west-2")));
        assertThat(profiles.initial()).isEqualTo(profiles.list().get(0));
        assertThat(profiles.initial().isDefaultChain()).isTrue();
        assertThat(profiles.find("sso-dev").orElseThrow().loginHint()).isEqualTo("run 'aws sso login --profile sso-dev'");
    }

    @Test
    void awsProfileAndAwsRegionChooseWhereToStart() throws Exception {
        var files = FakeMsk.writeProfiles(folder, "us-east-1");
        var env = new java.util.HashMap<>(files.env());
        env.put("AWS_PROFILE", "sso-dev");
        var profiles = AwsProfiles.read(AwsEnvironment.of(env::get));
        assertThat(profiles.initial().label()).isEqualTo("sso-dev");
        assertThat(profiles.regionFor(profiles.initial())).contains("us-west-2");

        env.put("AWS_REGION", "ap-southeast-2");
        assertThat(AwsProfiles.read(AwsEnvironment.of(env::get)).regionFor(profiles.initial())).contains("ap-southeast-2");
    }

    @Test
    void missingFilesLeaveOnlyTheDefaultChain() {
        var env = Map.of("AWS_CONFIG_FILE", folder.resolve("none").toString(),
                "AWS_SHARED_CREDENTIALS_FILE", folder.resolve("nothing").toString());
        var profiles = AwsProfiles.read(AwsEnvironment.of(env::get));
        assertThat(profiles.list()).containsExactly(AwsProfile.DEFAULT_CHAIN);
    }

    @Test
    void filesDefaultToTheAwsFolderOfTheHome() {
        var environment = AwsEnvironment.of(Map.of("HOME", "/home/ana")::get);
        assertThat(environment.configFile()).isEqualTo(Path.of("/home/ana/.aws/config"));
        assertThat(environment.credentialsFile()).isEqualTo(Path.of("/home/ana/.aws/credentials"));
        assertThat(AwsEnvironment.of(Map.of("AWS_ENDPOINT_URL_KAFKA", "http://127.0.0.1:4566")::get).endpoint())
                .contains(java.net.URI.create("http://127.0.0.1:4566"));
    }

    @Test
    void mskRegionsAreTheCommercialOnesAndOthersAreNamed() {
        assertThat(MskRegions.all()).contains("us-east-1", "eu-west-1", "ap-southeast-2").doesNotContain("cn-north-1", "us-gov-west-1");
        assertThat(MskRegions.problem("eu-west-1", false)).isEmpty();
        assertThat(MskRegions.problem("xx-north-9", false).orElseThrow()).startsWith("Amazon MSK is not offered in region 'xx-north-9'");
        assertThat(MskRegions.problem("xx-north-9", true)).isEmpty();
        assertThat(MskRegions.problem("mars", true).orElseThrow()).isEqualTo("'mars' is not an AWS region such as us-east-1 or eu-west-2");
    }
}
