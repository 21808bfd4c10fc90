package io.pinpipe.connections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every invalid field gives a sentence that says what is wrong. */
class ConnectionRulesTest {

    @Test
    void theStatusBarNamesTheConnectionAndItsFirstBroker() {
        assertThat(new Connection("prod", "b-1:9098, b-2:9098,b-3:9098", new AuthSettings.Plaintext()).statusLine())
                .isEqualTo("prod · b-1:9098 +2");
        assertThat(Connection.localSandbox("127.0.0.1:9092").statusLine()).isEqualTo("Sandbox · 127.0.0.1:9092");
    }

    @Test
    void aBlankNameIsRefused() {
        assertThatThrownBy(() -> new Connection("  ", "kafka:9092", new AuthSettings.Plaintext()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A connection needs a name");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kafka|'kafka' is not HOST:PORT (bootstrap servers are HOST:PORT[,HOST:PORT...])",
            "kafka:|'kafka:' is not HOST:PORT (bootstrap servers are HOST:PORT[,HOST:PORT...])",
            "kafka:9092,,b:9092|Bootstrap 'kafka:9092,,b:9092' has an empty entry: give HOST:PORT[,HOST:PORT...]",
            "kafka:70000|Port 70000 in 'kafka:70000' is out of range: 1 to 65535",
            "kafka:0|Port 0 in 'kafka:0' is out of range: 1 to 65535",
            "http://kafka:9092|'http://kafka:9092' is not HOST:PORT (bootstrap servers are HOST:PORT[,HOST:PORT...])"})
    void aBadBootstrapIsRefusedWithTheReason(String bootstrap, String message) {
        assertThat(ConnectionRules.bootstrapProblem(bootstrap)).contains(message);
        assertThatThrownBy(() -> new Connection("c", bootstrap, new AuthSettings.Plaintext())).hasMessage(message);
    }

    @Test
    void anEmptyBootstrapIsRefused() {
        assertThat(ConnectionRules.bootstrapProblem(" ")).contains("The bootstrap servers are empty: give HOST:PORT[,HOST:PORT...]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:9092", "b-1.x.kafka.us-east-1.amazonaws.com:9098, b-2.x.kafka.us-east-1.amazonaws.com:9098", "[::1]:9092"})
    void goodBootstrapsAreNormalised(String bootstrap) {
        var connection = new Connection("c", bootstrap, new AuthSettings.Plaintext());

        assertThat(connection.bootstrap()).isEqualTo(bootstrap.replace(" ", ""));
    }

    @Test
    void scramNeedsAUsername() {
        assertThatThrownBy(() -> new AuthSettings.Scram(" ", Optional.empty())).hasMessage("SCRAM needs a username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:iam::12345:role/x", "arn:aws:iam::123456789012:user/bob", "msk-client"})
    void aMalformedRoleArnIsRefused(String arn) {
        assertThatThrownBy(() -> new AuthSettings.Iam(Optional.empty(), Optional.empty(), Optional.of(arn), TlsOptions.DEFAULT))
                .hasMessage("'" + arn + "' is not an IAM role ARN such as arn:aws:iam::123456789012:role/msk-client");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-east", "US-EAST-1", "useast1", "eu-west-2a"})
    void anUnknownRegionFormatIsRefused(String region) {
        assertThatThrownBy(() -> new AuthSettings.Iam(Optional.empty(), Optional.of(region), Optional.empty(), TlsOptions.DEFAULT))
                .hasMessage("'" + region + "' is not an AWS region such as us-east-1 or eu-west-2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-east-1", "eu-central-2", "ap-southeast-4", "us-gov-west-1", "cn-northwest-1", "il-central-1"})
    void realRegionsAreAccepted(String region) {
        assertThat(ConnectionRules.regionProblem(region)).isEmpty();
    }

    @Test
    void aProfileAndARoleTogetherAreRefusedBecauseTheRoleWouldNeverBeAssumed() {
        assertThatThrownBy(() -> new AuthSettings.Iam(Optional.of("dev"), Optional.empty(),
                Optional.of("arn:aws:iam::123456789012:role/msk-client"), TlsOptions.DEFAULT))
                .hasMessageStartingWith("Give an AWS profile or a role ARN, not both");
    }

    @Test
    void blankOptionalIamFieldsCountAsUnset() {
        var iam = new AuthSettings.Iam(Optional.of(" "), Optional.of(""), Optional.empty(), TlsOptions.DEFAULT);

        assertThat(iam).isEqualTo(AuthSettings.Iam.DEFAULT_CHAIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sasl.jaas.config", "ssl.truststore.password", "ssl.keystore.location", "security.protocol", "my.secret"})
    void extraPropertiesCannotCarrySecretsNorOverrideTheAuthMode(String key) {
        assertThatThrownBy(() -> new Connection("c", "kafka:9092", new AuthSettings.Plaintext(), Map.of(key, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("'" + key + "' is ");
    }

    @Test
    void securityProtocolFollowsTheMode() {
        assertThat(new AuthSettings.Plaintext().securityProtocol()).isEqualTo("PLAINTEXT");
        assertThat(new AuthSettings.Tls(TlsOptions.DEFAULT).securityProtocol()).isEqualTo("SSL");
        assertThat(new AuthSettings.Scram("a", Optional.empty()).securityProtocol()).isEqualTo("SASL_PLAINTEXT");
        assertThat(new AuthSettings.Scram("a", Optional.of(TlsOptions.DEFAULT)).securityProtocol()).isEqualTo("SASL_SSL");
        assertThat(AuthSettings.Iam.DEFAULT_CHAIN.securityProtocol()).isEqualTo("SASL_SSL");
    }
}
