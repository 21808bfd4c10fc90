package io.pinpipe.connections;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.security.auth.AuthenticateCallbackHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.security.auth.spi.LoginModule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientPropertiesTest {

    /** The client configuration of the original pipeline, as in seed-facts.md. */
    static final String SEED_CLIENT_PROPERTIES = """
            security.protocol = SASL_SSL
            sasl.mechanism = AWS_MSK_IAM
            sasl.jaas.config = software.amazon.msk.auth.iam.IAMLoginModule required;
            sasl.client.callback.handler.class = software.amazon.msk.auth.iam.IAMClientCallbackHandler
            """;
    static final String MSK = "b-1.pinpipe.abc123.c2.kafka.us-east-1.amazonaws.com:9098,b-2.pinpipe.abc123.c2.kafka.us-east-1.amazonaws.com:9098";

    @TempDir
    Path dir;

    @Test
    void plaintextIsJustTheBootstrapAndTheProtocol() {
        var properties = ClientProperties.of(new Connection("local", "127.0.0.1:9092", new AuthSettings.Plaintext()), SecretSource.none());

        assertThat(asMap(properties)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bootstrap.servers", "127.0.0.1:9092", "security.protocol", "PLAINTEXT"));
    }

    @Test
    void iamWithNothingOptionalIsExactlyTheSeedsFourPropertiesAndTheBootstrap() throws IOException {
        var seed = new Properties();
        seed.load(new StringReader(SEED_CLIENT_PROPERTIES));
        seed.setProperty("bootstrap.servers", MSK);

        var properties = ClientProperties.of(new Connection("msk", MSK, AuthSettings.Iam.DEFAULT_CHAIN), SecretSource.none());

        assertThat(asMap(properties)).isEqualTo(asMap(seed)).hasSize(5);
        assertThat(properties.getProperty("sasl.jaas.config")).isEqualTo("software.amazon.msk.auth.iam.IAMLoginModule required;");
    }

    @Test
    void iamWithAProfileNamesItInTheJaasConfig() {
        var iam = new AuthSettings.Iam(Optional.of("pipeline"), Optional.of("us-east-1"), Optional.empty(), TlsOptions.DEFAULT);

        var properties = ClientProperties.of(new Connection("msk", MSK, iam), SecretSource.none());

        assertThat(properties.getProperty("sasl.jaas.config"))
                .isEqualTo("software.amazon.msk.auth.iam.IAMLoginModule required awsProfileName=\"pipeline\";");
        assertThat(properties).hasSize(5);
    }

    @Test
    void iamWithARoleAssumesItInTheRegionGiven() {
        var iam = new AuthSettings.Iam(Optional.empty(), Optional.of("eu-west-2"),
                Optional.of("arn:aws:iam::123456789012:role/msk-client"), TlsOptions.DEFAULT);

        var properties = ClientProperties.of(new Connection("msk", MSK, iam), SecretSource.none());

        assertThat(properties.getProperty("sasl.jaas.config")).isEqualTo("software.amazon.msk.auth.iam.IAMLoginModule required "
                + "awsRoleArn=\"arn:aws:iam::123456789012:role/msk-client\" awsRoleSessionName=\"pinpipe\" awsStsRegion=\"eu-west-2\";");
    }

    @Test
    void iamLoginClassesLoadAndAnAdminClientCanBeBuiltWithoutAws() throws Exception {
        // What the client will load by name: a JAAS login module, and a callback handler Kafka accepts as one.
        assertThat(LoginModule.class).isAssignableFrom(Class.forName(ClientProperties.IAM_LOGIN_MODULE));
        assertThat(AuthenticateCallbackHandler.class).isAssignableFrom(Class.forName(ClientProperties.IAM_CALLBACK_HANDLER));
        var properties = ClientProperties.of(new Connection("msk", "127.0.0.1:9", AuthSettings.Iam.DEFAULT_CHAIN), SecretSource.none());
        assertThat(properties.getProperty("sasl.jaas.config")).startsWith(ClientProperties.IAM_LOGIN_MODULE + " required");
        assertThat(properties.getProperty("sasl.client.callback.handler.class")).isEqualTo(ClientProperties.IAM_CALLBACK_HANDLER);

        // Building the client instantiates both (no AWS call yet): a class missing or of the wrong kind throws here.
        try (var admin = Admin.create(properties)) {
            admin.close(Duration.ZERO);
        }
    }

    @Test
    void tlsNamesTheTruststoreAndCanSkipHostnameVerification() throws IOException {
        var truststore = Files.createFile(dir.resolve("cluster-ca.pem"));
        var tls = TlsOptions.trusting(Truststore.of(truststore)).withoutHostnameVerification();

        var properties = ClientProperties.of(new Connection("tls", "kafka:9094", new AuthSettings.Tls(tls)), SecretSource.none());

        assertThat(asMap(properties)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bootstrap.servers", "kafka:9094",
                "security.protocol", "SSL",
                "ssl.truststore.location", truststore.toAbsolutePath().toString(),
                "ssl.truststore.type", "PEM",
                "ssl.endpoint.identification.algorithm", ""));
    }

    @Test
    void aPkcs12TruststoreGetsItsPasswordFromTheEnvironment() throws IOException {
        var truststore = Files.createFile(dir.resolve("truststore.p12"));
        var env = Map.of(SecretSource.TRUSTSTORE_PASSWORD_VARIABLE, "changeit");
        var connection = new Connection("tls", "kafka:9094", new AuthSettings.Tls(TlsOptions.trusting(Truststore.of(truststore))));

        var properties = ClientProperties.of(connection, SecretSource.environment(env::get));

        assertThat(properties.getProperty("ssl.truststore.type")).isEqualTo("PKCS12");
        assertThat(properties.getProperty("ssl.truststore.password")).isEqualTo("changeit");
        assertThat(properties.toString()).doesNotContain("changeit").contains("ssl.truststore.password=[hidden]");
    }

    @Test
    void scramTakesItsPasswordFromTheSecretSourceAndNeverShowsIt() {
        var connection = new Connection("scram", "kafka:9096", new AuthSettings.Scram("alice", Optional.of(TlsOptions.DEFAULT)));
        var env = Map.of(SecretSource.SCRAM_PASSWORD_VARIABLE, "p\"w\\d");

        var properties = ClientProperties.of(connection, SecretSource.environment(env::get));

        assertThat(properties.getProperty("security.protocol")).isEqualTo("SASL_SSL");
        assertThat(properties.getProperty("sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
        assertThat(properties.getProperty("sasl.jaas.config")).isEqualTo(
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"alice\" password=\"p\\\"w\\\\d\";");
        assertThat(properties.toString()).doesNotContain("p\"w").contains("password=\"[hidden]\"");
        assertThat(ClientProperties.redacted(properties)).doesNotContain("p\"w");
        assertThat(JaasLine.parse(properties.getProperty("sasl.jaas.config")).options()).containsEntry("password", "p\"w\\d");
    }

    @Test
    void scramOverPlaintextIsSaslPlaintext() {
        var connection = new Connection("scram", "kafka:9092", new AuthSettings.Scram("alice", Optional.empty()));

        var properties = ClientProperties.of(connection, SecretSource.scramPassword("secret"));

        assertThat(properties.getProperty("security.protocol")).isEqualTo("SASL_PLAINTEXT");
        assertThat(properties.getProperty("ssl.truststore.location")).isNull();
    }

    @Test
    void scramWithoutAnyPasswordSaysWhereOneCanComeFrom() {
        var connection = new Connection("scram", "kafka:9096", new AuthSettings.Scram("alice", Optional.empty()));

        assertThatThrownBy(() -> ClientProperties.of(connection, SecretSource.environment(name -> null)))
                .isInstanceOf(MissingSecretException.class)
                .hasMessage("No password for SCRAM user 'alice': set PINPIPE_SCRAM_PASSWORD, or enter it when asked");
    }

    @Test
    void aMissingTruststoreFileIsNamed() {
        var missing = dir.resolve("nowhere.jks");
        var connection = new Connection("tls", "kafka:9094", new AuthSettings.Tls(TlsOptions.trusting(Truststore.of(missing))));

        assertThatThrownBy(() -> ClientProperties.of(connection, SecretSource.none()))
                .hasMessage("Truststore " + missing + " does not exist");
        assertThat(ConnectionRules.usabilityProblems(connection)).containsExactly("Truststore " + missing + " does not exist");
    }

    @Test
    void extraPropertiesArePassedAlong() {
        var connection = new Connection("local", "127.0.0.1:9092", new AuthSettings.Plaintext(), Map.of("client.dns.lookup", "use_all_dns_ips"));

        assertThat(ClientProperties.of(connection, SecretSource.none()).getProperty("client.dns.lookup")).isEqualTo("use_all_dns_ips");
    }

    static Map<String, String> asMap(Properties properties) {
        var map = new java.util.TreeMap<String, String>();
        properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
        return map;
    }
}
