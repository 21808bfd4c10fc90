package io.pinpipe.doctor;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.connections.TlsOptions;
import io.pinpipe.connections.Truststore;
import io.pinpipe.testing.SecureKafkaBroker;
import io.pinpipe.testing.SecureKafkaExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.Optional;

import static io.pinpipe.doctor.StepId.AUTHENTICATE;
import static io.pinpipe.doctor.StepId.METADATA;
import static io.pinpipe.doctor.StepId.RESOLVE;
import static io.pinpipe.doctor.StepId.TCP;
import static io.pinpipe.doctor.StepId.TLS;
import static org.assertj.core.api.Assertions.assertThat;

/** The doctor against a real broker's SCRAM and TLS listeners. */
@Tag("slow")
@ExtendWith(SecureKafkaExtension.class)
class SecureDoctorTest {

    @Test
    void scramWithTheRightPasswordIsGreenAndNamesTheUser(SecureKafkaBroker kafka) {
        var connection = new Connection("scram", kafka.scramBootstrap(), new AuthSettings.Scram(kafka.scramUser(), Optional.empty()));

        var diagnosis = Diagnosis.of(connection, SecretSource.scramPassword(kafka.scramPassword()));

        assertThat(diagnosis.symbols()).containsExactly(Map.entry(RESOLVE, "✓"), Map.entry(TCP, "✓"),
                Map.entry(AUTHENTICATE, "✓"), Map.entry(METADATA, "✓"));
        assertThat(diagnosis.step(AUTHENTICATE).title()).isEqualTo("Authenticate (SASL/SCRAM as alice)");
        assertThat(diagnosis.step(AUTHENTICATE).result().message()).startsWith("Signed in as alice with SCRAM-SHA-512 (");
        assertThat(ConnectionDoctorTest.details(diagnosis.step(METADATA))).containsExactly(
                "Broker 1 at " + kafka.scramBootstrap() + ", controller: reachable");
    }

    @Test
    void scramWithAWrongPasswordIsRedAtTheAuthenticationStep(SecureKafkaBroker kafka) {
        var connection = new Connection("scram", kafka.scramBootstrap(), new AuthSettings.Scram(kafka.scramUser(), Optional.empty()));

        var diagnosis = Diagnosis.of(connection, SecretSource.scramPassword("not-" + kafka.scramPassword()));

        assertThat(diagnosis.symbols()).containsExactly(Map.entry(RESOLVE, "✓"), Map.entry(TCP, "✓"),
                Map.entry(AUTHENTICATE, "✗"), Map.entry(METADATA, "–"));
        var auth = diagnosis.step(AUTHENTICATE).result();
        assertThat(auth.message()).isEqualTo("Authentication failed at " + kafka.scramBootstrap() + ": wrong SCRAM username or password");
        assertThat(auth.advice()).hasValueSatisfying(advice -> assertThat(advice).startsWith("Check the password of alice"));
        assertThat(diagnosis.report().text()).as("no password in the report").doesNotContain(kafka.scramPassword());
    }

    @Test
    void scramWithNoPasswordAtAllSaysWhereOneComesFrom(SecureKafkaBroker kafka) {
        var connection = new Connection("scram", kafka.scramBootstrap(), new AuthSettings.Scram(kafka.scramUser(), Optional.empty()));

        var auth = Diagnosis.of(connection, SecretSource.none()).step(AUTHENTICATE).result();

        assertThat(auth).isInstanceOf(StepResult.Failed.class);
        assertThat(auth.message()).startsWith("No password for SCRAM user 'alice'");
        assertThat(auth.advice()).hasValueSatisfying(advice -> assertThat(advice).startsWith("Set PINPIPE_SCRAM_PASSWORD"));
    }

    @Test
    void tlsWithTheTruststoreShakesHandsAndShowsTheCertificate(SecureKafkaBroker kafka) {
        var connection = new Connection("tls", kafka.tlsBootstrap(),
                new AuthSettings.Tls(TlsOptions.trusting(Truststore.of(kafka.truststore()))));

        var diagnosis = Diagnosis.of(connection, SecretSource.none());

        assertThat(diagnosis.symbols()).containsExactly(Map.entry(RESOLVE, "✓"), Map.entry(TCP, "✓"), Map.entry(TLS, "✓"),
                Map.entry(AUTHENTICATE, "✓"), Map.entry(METADATA, "✓"));
        assertThat(diagnosis.step(TLS).result().message()).isEqualTo("Handshake done with 1 broker; certificate trusted "
                + "through truststore " + kafka.truststore().toAbsolutePath().normalize() + ", host name verified");
        assertThat(ConnectionDoctorTest.details(diagnosis.step(TLS))).singleElement().asString()
                .startsWith(kafka.tlsBootstrap() + ": TLSv1.").contains("names ").contains("127.0.0.1").contains("valid until ");
    }

    @Test
    void tlsWithoutTheTruststoreIsRedAtTlsAsNotTrusted(SecureKafkaBroker kafka) {
        var connection = new Connection("tls", kafka.tlsBootstrap(), new AuthSettings.Tls(TlsOptions.DEFAULT));

        var diagnosis = Diagnosis.of(connection, SecretSource.none());

        assertThat(diagnosis.symbols()).containsExactly(Map.entry(RESOLVE, "✓"), Map.entry(TCP, "✓"), Map.entry(TLS, "✗"),
                Map.entry(AUTHENTICATE, "–"), Map.entry(METADATA, "–"));
        var tls = diagnosis.step(TLS).result();
        assertThat(tls.message()).startsWith("The broker's certificate is not trusted (").contains("issued by ");
        assertThat(tls.advice()).hasValueSatisfying(advice -> assertThat(advice)
                .startsWith("Give the connection a truststore that holds the cluster's CA certificate"));
    }

    @Test
    void tlsAgainstAPlaintextListenerSaysItIsNotATlsPort(SecureKafkaBroker kafka) {
        var connection = new Connection("tls", kafka.plaintextBootstrap(),
                new AuthSettings.Tls(TlsOptions.trusting(Truststore.of(kafka.truststore()))));

        var tls = Diagnosis.of(connection, SecretSource.none()).step(TLS).result();

        assertThat(tls).isInstanceOf(StepResult.Failed.class);
        assertThat(tls.message()).startsWith("Not a TLS port: ").endsWith(" at " + kafka.plaintextBootstrap());
        assertThat(tls.advice()).hasValueSatisfying(advice -> assertThat(advice).startsWith("Check the port (on MSK"));
    }

    @Test
    void tlsByANameTheCertificateDoesNotListIsAHostnameMismatchNamingWhatItLists(SecureKafkaBroker kafka) throws Exception {
        // The TLS listener on 127.0.0.1, asked for as broker.example: its certificate names localhost and 127.0.0.1 only.
        var port = Integer.parseInt(kafka.tlsBootstrap().substring(kafka.tlsBootstrap().lastIndexOf(':') + 1));
        var endpoint = new Endpoint(new io.pinpipe.connections.HostPort("broker.example", port),
                java.net.InetAddress.getByName("127.0.0.1"));
        var trust = TrustMaterial.of(TlsOptions.trusting(Truststore.of(kafka.truststore())), Optional.empty());

        var mismatch = TlsHandshake.shake(endpoint, trust, true, java.time.Duration.ofSeconds(5));
        var unchecked = TlsHandshake.shake(endpoint, trust, false, java.time.Duration.ofSeconds(5));

        assertThat(mismatch).isInstanceOfSatisfying(TlsHandshake.Refused.class, refused -> {
            assertThat(refused.problem()).startsWith("Hostname mismatch: the certificate names ").contains("localhost")
                    .contains("127.0.0.1").endsWith(", not broker.example");
            assertThat(refused.advice()).contains("turn hostname verification off");
        });
        assertThat(unchecked).as("with hostname verification off").isInstanceOf(TlsHandshake.Shaken.class);
    }
}
