package io.pinpipe.connections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static io.pinpipe.connections.ClientPropertiesTest.MSK;
import static io.pinpipe.connections.ClientPropertiesTest.SEED_CLIENT_PROPERTIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientPropertiesFileTest {

    @TempDir
    Path dir;

    @Test
    void theSeedsFileImportsAsIamWithTheDefaultCredentialChain() throws IOException {
        var file = Files.writeString(dir.resolve("client.properties"), "# MSK with IAM, as on the EC2 client\n" + SEED_CLIENT_PROPERTIES);

        var imported = ClientPropertiesFile.read(file, "msk", Optional.of(MSK));

        assertThat(imported.connection()).isEqualTo(new Connection("msk", MSK, AuthSettings.Iam.DEFAULT_CHAIN));
        assertThat(imported.notes()).isEmpty();
    }

    @Test
    void withoutBootstrapServersTheImportAsksForThem() {
        assertThatThrownBy(() -> ClientPropertiesFile.read(SEED_CLIENT_PROPERTIES, "msk", Optional.empty(), "client.properties"))
                .hasMessage("client.properties has no bootstrap.servers: give the bootstrap servers as well");
    }

    @Test
    void theSeedsConnectionExportsTheSeedsLines() throws IOException {
        var written = ClientPropertiesFile.write(new Connection("msk", MSK, AuthSettings.Iam.DEFAULT_CHAIN));

        assertThat(written).contains(SEED_CLIENT_PROPERTIES).contains("bootstrap.servers = " + MSK + "\n")
                .contains("--command-config");
        var loaded = new Properties();
        loaded.load(new StringReader(written));
        assertThat(loaded).hasSize(5);
    }

    @Test
    void everyModeSurvivesAnExportAndAnImport() throws IOException {
        var pem = Files.createFile(dir.resolve("ca.pem"));
        var p12 = Files.createFile(dir.resolve("trust.p12"));
        var connections = List.of(
                new Connection("plain", "127.0.0.1:9092", new AuthSettings.Plaintext()),
                new Connection("tls", "kafka:9094", new AuthSettings.Tls(TlsOptions.trusting(Truststore.of(pem)).withoutHostnameVerification())),
                new Connection("tls-default", "kafka:9094", new AuthSettings.Tls(TlsOptions.DEFAULT)),
                new Connection("scram", "kafka:9096", new AuthSettings.Scram("alice", Optional.of(TlsOptions.trusting(Truststore.of(p12))))),
                new Connection("scram-plain", "kafka:9092", new AuthSettings.Scram("bob \"the\" admin", Optional.empty())),
                new Connection("iam-profile", MSK, new AuthSettings.Iam(Optional.of("pipeline"), Optional.empty(), Optional.empty(), TlsOptions.DEFAULT)),
                new Connection("iam-role", MSK, new AuthSettings.Iam(Optional.empty(), Optional.of("us-east-1"),
                        Optional.of("arn:aws:iam::123456789012:role/msk-client"), TlsOptions.DEFAULT)),
                new Connection("extras", "kafka:9092", new AuthSettings.Plaintext(),
                        Map.of("client.dns.lookup", "use_all_dns_ips", "request.timeout.ms", "20000", "client.id", "Zürich\\1")));

        for (var connection : connections) {
            var file = Files.writeString(dir.resolve(connection.name() + ".properties"), ClientPropertiesFile.write(connection),
                    java.nio.charset.StandardCharsets.ISO_8859_1);

            var imported = ClientPropertiesFile.read(file, connection.name(), Optional.empty());

            assertThat(imported.connection()).as(connection.name()).isEqualTo(connection);
        }
    }

    @Test
    void anExportNeverHoldsAPasswordButShowsWhereItGoes() {
        var connection = new Connection("scram", "kafka:9096", new AuthSettings.Scram("alice", Optional.of(TlsOptions.DEFAULT)));
        ClientProperties.of(connection, SecretSource.scramPassword("alice-secret"));

        var written = ClientPropertiesFile.write(connection);

        assertThat(written).doesNotContain("alice-secret")
                .contains("\n# sasl.jaas.config = org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"alice\" password=\"<password>\";\n")
                .contains("sasl.mechanism = SCRAM-SHA-512\n");
    }

    @Test
    void aScramFileWithAPasswordImportsTheUserAndKeepsThePasswordOutOfTheConnection() {
        var text = """
                bootstrap.servers=kafka:9096
                security.protocol=SASL_SSL
                sasl.mechanism=SCRAM-SHA-512
                sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
                    username="alice" password="alice-secret";
                ssl.truststore.location=/etc/kafka/truststore.jks
                ssl.truststore.password=changeit
                """;

        var imported = ClientPropertiesFile.read(text, "scram", Optional.empty(), "scram.properties");

        assertThat(imported.connection().auth()).isEqualTo(new AuthSettings.Scram("alice",
                Optional.of(TlsOptions.trusting(new Truststore(Path.of("/etc/kafka/truststore.jks"), TruststoreType.JKS)))));
        assertThat(imported.connection().toString()).doesNotContain("alice-secret").doesNotContain("changeit");
        assertThat(imported.toString()).doesNotContain("alice-secret");
        assertThat(ConnectionJson.writeList(List.of(imported.connection()))).doesNotContain("alice-secret").doesNotContain("changeit");
        assertThat(imported.secrets().find(new Secret.ScramPassword("alice", "kafka:9096"))).contains("alice-secret");
        assertThat(imported.secrets().find(new Secret.TruststorePassword(Path.of("/x")))).contains("changeit");
        assertThat(imported.notes()).hasSize(2).allMatch(note -> note.contains("not saved"));
    }

    @Test
    void theBootstrapGivenWinsOverTheFiles() {
        var imported = ClientPropertiesFile.read("bootstrap.servers=old:9092\n", "c", Optional.of("new:9092"), "f");

        assertThat(imported.connection().bootstrap()).isEqualTo("new:9092");
    }

    @Test
    void unknownPlainSettingsAreKeptAsExtraProperties() {
        var imported = ClientPropertiesFile.read("bootstrap.servers : kafka:9092\nrequest.timeout.ms = 30000\n! a comment\n",
                "c", Optional.empty(), "f");

        assertThat(imported.connection().extraProperties()).containsExactly(Map.entry("request.timeout.ms", "30000"));
        assertThat(imported.notes()).containsExactly("Kept as extra client properties: request.timeout.ms");
    }

    @Test
    void securitySettingsTheProtocolIgnoresAreDroppedWithANote() {
        var imported = ClientPropertiesFile.read("bootstrap.servers=kafka:9092\nsecurity.protocol=PLAINTEXT\n"
                + "ssl.truststore.location=/x.jks\n", "c", Optional.empty(), "f");

        assertThat(imported.connection().auth()).isEqualTo(new AuthSettings.Plaintext());
        assertThat(imported.notes()).containsExactly("Ignored ssl.truststore.location: security.protocol is PLAINTEXT");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "security.protocol=SASL_SSL|sasl.mechanism is missing, so Kafka would use GSSAPI (Kerberos), which Pinpipe does not support",
            "security.protocol=SASL_SSL\\nsasl.mechanism=PLAIN|sasl.mechanism PLAIN is not supported: Pinpipe connects with SCRAM-SHA-512 or AWS_MSK_IAM",
            "security.protocol=SASL_SSL\\nsasl.mechanism=SCRAM-SHA-256|sasl.mechanism SCRAM-SHA-256 is not supported: Pinpipe connects with SCRAM-SHA-512 or AWS_MSK_IAM",
            "security.protocol=SASL_PLAINTEXT\\nsasl.mechanism=AWS_MSK_IAM|AWS_MSK_IAM needs security.protocol=SASL_SSL, not SASL_PLAINTEXT",
            "security.protocol=TLS|security.protocol TLS is not one of PLAINTEXT, SASL_PLAINTEXT, SASL_SSL, SSL",
            "security.protocol=SSL\\nssl.keystore.location=/client.jks|client certificates (ssl.keystore.location) are not supported",
            "security.protocol=SSL\\nssl.truststore.certificates=-----BEGIN|inline certificates (ssl.truststore.certificates) are not supported: save them to a PEM file and set ssl.truststore.location",
            "security.protocol=SASL_SSL\\nsasl.mechanism=AWS_MSK_IAM\\nsasl.jaas.config=software.amazon.msk.auth.iam.IAMLoginModule required awsDebugCreds=true;|sasl.jaas.config option awsDebugCreds is not supported (Pinpipe sets awsProfileName, awsRoleArn, awsRoleSessionName and awsStsRegion)",
            "security.protocol=SASL_SSL\\nsasl.mechanism=SCRAM-SHA-512|SCRAM needs a username, and the file has no sasl.jaas.config with one",
            "security.protocol=SASL_SSL\\nsasl.mechanism=SCRAM-SHA-512\\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"a\";|sasl.jaas.config uses org.apache.kafka.common.security.plain.PlainLoginModule where org.apache.kafka.common.security.scram.ScramLoginModule is needed",
            "sasl.login.refresh.window.factor=0.8|'sasl.login.refresh.window.factor' is not supported as an extra property: it holds or needs a secret, and Pinpipe never saves secrets"})
    void whatAConnectionCannotRepresentIsRefusedWithTheReason(String body, String reason) {
        var text = "bootstrap.servers=kafka:9092\n" + body.replace("\\n", "\n") + "\n";

        assertThatThrownBy(() -> ClientPropertiesFile.read(text, "c", Optional.empty(), "client.properties"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot import client.properties: " + reason);
    }

    @Test
    void anotherRoleSessionNameBecomesPinpipesWithANote() {
        var text = "bootstrap.servers=" + MSK + "\nsecurity.protocol=SASL_SSL\nsasl.mechanism=AWS_MSK_IAM\n"
                + "sasl.jaas.config=software.amazon.msk.auth.iam.IAMLoginModule required awsRoleArn=\"arn:aws:iam::123456789012:role/r\" "
                + "awsRoleSessionName=\"producer\" awsStsRegion=\"us-west-2\";\n"
                + "sasl.client.callback.handler.class=software.amazon.msk.auth.iam.IAMClientCallbackHandler\n";

        var imported = ClientPropertiesFile.read(text, "iam", Optional.empty(), "f");

        assertThat(imported.connection().auth()).isEqualTo(new AuthSettings.Iam(Optional.empty(), Optional.of("us-west-2"),
                Optional.of("arn:aws:iam::123456789012:role/r"), TlsOptions.DEFAULT));
        assertThat(imported.notes()).containsExactly("The role session name 'producer' becomes 'pinpipe'");
    }
}
