package io.pinpipe.connections;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnsupportedSaslMechanismException;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLHandshakeException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentences for failures the test brokers cannot produce (AWS, DNS) and the wrapping clients add. */
class KafkaFailuresTest {

    private static final String AT = "b-1.x.kafka.us-east-1.amazonaws.com:9098";

    @Test
    void anUnknownHostAnywhereInTheChain() {
        var error = new KafkaException("Failed to create new KafkaAdminClient", new UnknownHostException("b-1.x"));

        assertThat(KafkaFailures.describe(error, AT)).isEqualTo("Cannot resolve the host in " + AT + ": check the address, and your DNS or VPN");
        assertThat(KafkaFailures.describe(new KafkaException("Failed", new ConfigException("No resolvable bootstrap urls given in bootstrap.servers")), AT))
                .startsWith("Cannot resolve the host in ");
    }

    @Test
    void iamWithoutCredentials() {
        var error = new ExecutionException(new SaslAuthenticationException("An error: (java.security.PrivilegedActionException: "
                + "javax.security.sasl.SaslException: Exception while evaluating challenge [Caused by "
                + "javax.security.auth.callback.UnsupportedCallbackException: Failed to find AWS IAM Credentials]) occurred"));

        assertThat(KafkaFailures.describe(error, AT)).startsWith("No AWS credentials for IAM authentication to " + AT + ": ");
    }

    @Test
    void iamAccessDenied() {
        var error = new SaslAuthenticationException("[abc-123]: Access denied");

        assertThat(KafkaFailures.describe(error, AT)).isEqualTo("IAM refused access to " + AT
                + ": the credentials' role or user needs the kafka-cluster:Connect permission on this cluster");
    }

    @Test
    void aMechanismTheListenerDoesNotOffer() {
        var error = new UnsupportedSaslMechanismException("Client SASL mechanism 'AWS_MSK_IAM' not enabled in the server, "
                + "enabled mechanisms are [SCRAM-SHA-512]");

        assertThat(KafkaFailures.describe(error, AT)).startsWith("The listener at " + AT + " does not accept this SASL mechanism")
                .endsWith(KafkaFailures.MSK_PORTS);
    }

    @Test
    void aCertificateForAnotherHost() {
        var error = new SslAuthenticationException("SSL handshake failed", new SSLHandshakeException(
                "No subject alternative names matching IP address 10.0.0.1 found"));

        assertThat(KafkaFailures.describe(error, AT)).isEqualTo("TLS handshake with " + AT + " failed: the certificate does "
                + "not name the host connected to; use the address it names, or turn hostname verification off");
        assertThat(KafkaFailures.describe(new SslAuthenticationException("SSL handshake failed", new CertificateException("No name matching kafka found")), AT))
                .contains("does not name the host");
    }

    @Test
    void aListenerThatDoesNotSpeakTls() {
        var error = new SslAuthenticationException("SSL handshake failed", new SSLHandshakeException("Remote host terminated the handshake"));

        assertThat(KafkaFailures.describe(error, AT)).contains("the listener does not seem to speak TLS");
    }

    @Test
    void timeoutsNotAuthorisedAndTheRest() {
        assertThat(KafkaFailures.describe(new TimeoutException("Timed out waiting for a node assignment. Call: describeCluster"), AT))
                .startsWith("No answer from " + AT + " in time: ");
        assertThat(KafkaFailures.describe(new ClusterAuthorizationException("Cluster authorization failed."), AT))
                .isEqualTo("Not authorised at " + AT + ": Cluster authorization failed.");
        assertThat(KafkaFailures.describe(new KafkaException("outer", new IllegalStateException("inner\nreason")), AT))
                .isEqualTo("Could not talk to " + AT + ": inner reason");
        assertThat(KafkaFailures.describe(new MissingSecretException("No password for SCRAM user 'a'"), AT))
                .isEqualTo("No password for SCRAM user 'a'");
    }
}
