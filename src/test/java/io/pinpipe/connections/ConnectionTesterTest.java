package io.pinpipe.connections;

import io.pinpipe.testing.ClosedPort;
import io.pinpipe.testing.SecureKafkaBroker;
import io.pinpipe.testing.SecureKafkaExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** "Test connection" against a real broker with SCRAM and TLS listeners. */
@Tag("slow")
@ExtendWith(SecureKafkaExtension.class)
class ConnectionTesterTest {

    private final ConnectionTester tester = new ConnectionTester(Duration.ofSeconds(5));

    @Test
    void theRightScramPasswordConnects(SecureKafkaBroker kafka) {
        var connection = new Connection("scram", kafka.scramBootstrap(), new AuthSettings.Scram(kafka.scramUser(), Optional.empty()));

        var result = tester.test(connection, SecretSource.scramPassword(kafka.scramPassword()));

        assertThat(result).isInstanceOfSatisfying(ConnectionTestResult.Ok.class, ok -> {
            assertThat(ok.brokerCount()).isEqualTo(1);
            assertThat(ok.clusterId()).isNotBlank();
            assertThat(ok.controller()).isPresent();
        });
    }

    @Test
    void aWrongScramPasswordFailsWithTheAuthenticationSentence(SecureKafkaBroker kafka) {
        var connection = new Connection("scram", kafka.scramBootstrap(), new AuthSettings.Scram(kafka.scramUser(), Optional.empty()));

        var result = tester.test(connection, SecretSource.scramPassword("not-" + kafka.scramPassword()));

        assertThat(result).isInstanceOf(ConnectionTestResult.Failed.class);
        assertThat(result.summary()).isEqualTo("Authentication failed at " + kafka.scramBootstrap()
                + ": wrong SCRAM username or password");
        assertThat(((ConnectionTestResult.Failed) result).detail()).doesNotContain(kafka.scramPassword());
    }

    @Test
    void tlsWithTheTruststoreConnects(SecureKafkaBroker kafka) {
        var connection = new Connection("tls", kafka.tlsBootstrap(), new AuthSettings.Tls(TlsOptions.trusting(Truststore.of(kafka.truststore()))));

        assertThat(tester.test(connection, SecretSource.none())).isInstanceOf(ConnectionTestResult.Ok.class);
    }

    @Test
    void tlsWithoutTheTruststoreFailsWithTheCertificateSentence(SecureKafkaBroker kafka) {
        var connection = new Connection("tls", kafka.tlsBootstrap(), new AuthSettings.Tls(TlsOptions.DEFAULT));

        var result = tester.test(connection, SecretSource.none());

        assertThat(result.summary()).startsWith("TLS handshake with " + kafka.tlsBootstrap() + " failed: the broker's "
                + "certificate is not trusted").contains("truststore");
    }

    @Test
    void aPortNothingListensOnFailsNamingTheAddress() throws IOException {
        try (var closedPort = ClosedPort.open()) {
            var port = closedPort.port();
            var connection = new Connection("nothing", "127.0.0.1:" + port, new AuthSettings.Plaintext());

            var result = tester.test(connection, SecretSource.none());

            assertThat(result).isInstanceOf(ConnectionTestResult.Failed.class);
            assertThat(result.summary()).isEqualTo("Nothing is listening at 127.0.0.1:" + port + " (connection refused)");
            assertThat(result.took()).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void scramOverTlsWithAPemTruststoreConnects(SecureKafkaBroker kafka) {
        var tls = TlsOptions.trusting(Truststore.of(kafka.certificate()));
        var connection = new Connection("scram-tls", kafka.scramTlsBootstrap(), new AuthSettings.Scram(kafka.scramUser(), Optional.of(tls)));

        assertThat(tester.test(connection, SecretSource.scramPassword(kafka.scramPassword())))
                .isInstanceOf(ConnectionTestResult.Ok.class);
    }

    @Test
    void iamAtAListenerWithoutItSaysTheMechanismIsNotEnabled(SecureKafkaBroker kafka) {
        var iam = new AuthSettings.Iam(Optional.empty(), Optional.empty(), Optional.empty(),
                TlsOptions.trusting(Truststore.of(kafka.certificate())));
        var connection = new Connection("iam", kafka.scramTlsBootstrap(), iam);

        var result = tester.test(connection, SecretSource.none());

        assertThat(result.summary()).startsWith("The listener at " + kafka.scramTlsBootstrap()
                + " does not accept this SASL mechanism").contains("AWS_MSK_IAM").contains("9098 is IAM");
    }

    @Test
    void plaintextAtATlsPortSaysTheListenerMayExpectAnotherProtocol(SecureKafkaBroker kafka) {
        var connection = new Connection("wrong port", kafka.tlsBootstrap(), new AuthSettings.Plaintext());

        var result = new ConnectionTester(Duration.ofSeconds(2)).test(connection, SecretSource.none());

        assertThat(result.summary()).isEqualTo("Reached " + kafka.tlsBootstrap() + ", but no Kafka answer came within 2 s: "
                + "the listener may expect another security protocol than PLAINTEXT (" + KafkaFailures.MSK_PORTS
                + "), or the brokers' advertised addresses are not reachable from here");
        assertThat(result.took()).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void aMissingPasswordFailsBeforeAnythingIsSent(SecureKafkaBroker kafka) {
        var connection = new Connection("scram", kafka.scramBootstrap(), new AuthSettings.Scram(kafka.scramUser(), Optional.empty()));

        var result = tester.test(connection, SecretSource.none());

        assertThat(result.summary()).isEqualTo("No password for SCRAM user 'alice': set PINPIPE_SCRAM_PASSWORD, or enter it when asked");
    }

    @Test
    void propertiesFromElsewhereAreTestedToo(SecureKafkaBroker kafka) {
        var properties = ClientProperties.of(new Connection("plain", kafka.plaintextBootstrap(), new AuthSettings.Plaintext()),
                SecretSource.none());

        assertThat(tester.test(properties)).isInstanceOf(ConnectionTestResult.Ok.class);
    }
}
