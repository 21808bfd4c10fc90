package io.pinpipe.doctor;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.connections.TlsOptions;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.ProfileFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static io.pinpipe.doctor.StepId.AUTHENTICATE;
import static io.pinpipe.doctor.StepId.AWS_IDENTITY;
import static io.pinpipe.doctor.StepId.METADATA;
import static io.pinpipe.doctor.StepId.RESOLVE;
import static io.pinpipe.doctor.StepId.TCP;
import static io.pinpipe.doctor.StepId.TLS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IAM identity step with the real STS client, signing real requests with keys from a temporary profile, against
 * a local server speaking STS's wire format. The broker is the plaintext test broker, so TLS fails first: the
 * identity is still found, since it needs no broker.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class AwsIdentityStepTest {

    @TempDir
    Path dir;
    private FakeSts sts;
    private ConnectionDoctor doctor;

    @BeforeEach
    void profilesAndSts() throws Exception {
        var credentials = Files.writeString(dir.resolve("credentials"), """
                [doctor-test]
                aws_access_key_id = %s
                aws_secret_access_key = not-a-real-secret-for-tests-only-000000
                [stale]
                aws_access_key_id = %s
                aws_secret_access_key = not-a-real-secret-for-tests-only-111111
                aws_session_token = not-a-real-token
                """.formatted(FakeSts.KEY, FakeSts.EXPIRED_KEY));
        var config = Files.writeString(dir.resolve("config"), """
                [profile doctor-test]
                region = eu-west-1
                [profile stale]
                region = us-west-2
                """);
        var profiles = ProfileFile.aggregator()
                .addFile(ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build())
                .addFile(ProfileFile.builder().content(credentials).type(ProfileFile.Type.CREDENTIALS).build())
                .build();
        sts = FakeSts.start();
        doctor = new ConnectionDoctor(new AwsSetup(() -> profiles, Optional.of(sts.endpoint())));
    }

    @AfterEach
    void stop() {
        sts.close();
    }

    @Test
    void theIdentityShowsAccountArnAndTheProviderThatSuppliedTheProfilesKeys(KafkaBroker kafka) {
        var diagnosis = Diagnosis.of(doctor, iam(kafka, "doctor-test"), SecretSource.none());

        assertThat(diagnosis.symbols()).containsExactly(Map.entry(RESOLVE, "✓"), Map.entry(TCP, "✓"), Map.entry(TLS, "✗"),
                Map.entry(AWS_IDENTITY, "✓"), Map.entry(AUTHENTICATE, "–"), Map.entry(METADATA, "–"));
        var identity = diagnosis.step(AWS_IDENTITY).result();
        assertThat(identity.message()).isEqualTo(FakeSts.ARN);
        assertThat(ConnectionDoctorTest.details(diagnosis.step(AWS_IDENTITY))).containsExactly(
                "Account 123456789012, user id AIDAPINPIPETESTER0001",
                "Credentials from profile doctor-test in the shared AWS config and credentials files (SDK provider name: n)",
                "Profile doctor-test (from the connection)",
                "STS region eu-west-1");
        assertThat(sts.authorizations).singleElement().asString()
                .as("signed with the profile's key for STS in the profile's region")
                .startsWith("AWS4-HMAC-SHA256 Credential=" + FakeSts.KEY + "/").contains("/eu-west-1/sts/aws4_request");
        assertThat(sts.bodies).singleElement().asString().contains("Action=GetCallerIdentity").contains("Version=2011-06-15");
        assertThat(diagnosis.report().text()).doesNotContain("not-a-real-secret");
    }

    @Test
    void anExpiredTokenIsRedWithWhatToRun(KafkaBroker kafka) {
        var identity = Diagnosis.of(doctor, iam(kafka, "stale"), SecretSource.none()).step(AWS_IDENTITY).result();

        assertThat(identity).isInstanceOf(StepResult.Failed.class);
        assertThat(identity.message()).isEqualTo("The AWS session token has expired");
        assertThat(identity.advice()).hasValue("Refresh the credentials: run 'aws sso login --profile stale', or get new temporary keys");
    }

    @Test
    void aProfileThatIsNotThereIsRedNamingIt(KafkaBroker kafka) {
        var identity = Diagnosis.of(doctor, iam(kafka, "nobody"), SecretSource.none()).step(AWS_IDENTITY).result();

        assertThat(identity).isInstanceOf(StepResult.Failed.class);
        assertThat(identity.message()).isEqualTo("AWS profile 'nobody' has no credentials");
        assertThat(sts.authorizations).as("nothing unsigned was sent").isEmpty();
    }

    @Test
    void providerNamesFromEverySdkGenerationAreSaidInWords() {
        assertThat(ProviderNames.describe("o,i", Optional.of("dev"))).isEqualTo(
                "the source_profile of profile dev, then an assumed role (STS AssumeRole)");
        assertThat(ProviderNames.describe("g", Optional.empty())).isEqualTo("environment variables (AWS_ACCESS_KEY_ID)");
        assertThat(ProviderNames.describe("r", Optional.of("sso-admin"))).isEqualTo(
                "an IAM Identity Center (SSO) login of profile sso-admin");
        assertThat(ProviderNames.describe("InstanceProfileCredentialsProvider", Optional.empty()))
                .isEqualTo("the EC2 instance profile (IMDS)");
    }

    private static Connection iam(KafkaBroker kafka, String profile) {
        return new Connection("msk", kafka.bootstrap(),
                new AuthSettings.Iam(Optional.of(profile), Optional.empty(), Optional.empty(), TlsOptions.DEFAULT));
    }
}
