package io.pinpipe.connections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.pinpipe.connections.ClientPropertiesTest.MSK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saved connections as JSON, and the list every pane and command offers. */
class ConnectionCatalogTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("config").resolve("connections.json");
    }

    private ConnectionCatalog catalog(Optional<String> runningSandbox) {
        return new ConnectionCatalog(new ConnectionStore(file()), () -> runningSandbox, () -> 9092);
    }

    @Test
    void everyModeSurvivesTheJsonFile() throws IOException {
        var truststore = Files.createFile(dir.resolve("ca.pem"));
        var saved = List.of(
                new Connection("a plain", "127.0.0.1:9092", new AuthSettings.Plaintext(), Map.of("client.dns.lookup", "use_all_dns_ips")),
                new Connection("b tls", "kafka:9094", new AuthSettings.Tls(TlsOptions.trusting(Truststore.of(truststore)).withoutHostnameVerification())),
                new Connection("c scram", "kafka:9096", new AuthSettings.Scram("alice", Optional.of(TlsOptions.DEFAULT))),
                new Connection("d scram plain", "kafka:9092", new AuthSettings.Scram("bob", Optional.empty())),
                new Connection("e iam", MSK, AuthSettings.Iam.DEFAULT_CHAIN),
                new Connection("f iam role", MSK, new AuthSettings.Iam(Optional.empty(), Optional.of("us-east-1"),
                        Optional.of("arn:aws:iam::123456789012:role/msk-client"), TlsOptions.DEFAULT)));
        var catalog = catalog(Optional.empty());

        saved.forEach(connection -> catalog.save(connection, false));

        assertThat(catalog(Optional.empty()).saved()).containsExactlyElementsOf(saved);
        assertThat(Files.readString(file())).contains("\"version\" : 1").contains("\"auth\" : \"iam\"");
    }

    @Test
    void anEditReplacesTheSavedOneAndMayRenameItButNotOntoAnotherOrTheSandbox() throws IOException {
        var catalog = catalog(Optional.empty());
        var changed = new java.util.ArrayList<String>();
        catalog.onChange(changed::add);
        catalog.save(new Connection("Team", "kafka:9092", new AuthSettings.Plaintext(), Map.of("client.dns.lookup", "use_all_dns_ips")), false);
        catalog.save(new Connection("Other", "other:9092", new AuthSettings.Plaintext()), false);

        catalog.replace("team", new Connection("Team", "kafka-2:9092", new AuthSettings.Plaintext()));
        assertThat(catalog.byName("Team")).map(Connection::bootstrap).contains("kafka-2:9092");

        catalog.replace("Team", new Connection("Team (eu)", "kafka-2:9092", new AuthSettings.Plaintext()));
        assertThat(catalog.saved()).extracting(Connection::name).containsExactly("Other", "Team (eu)");
        assertThat(Files.readString(file())).doesNotContain("\"Team\"");
        assertThat(changed).contains("Team", "Team (eu)");

        assertThatThrownBy(() -> catalog.replace("Team (eu)", new Connection("OTHER", "x:1", new AuthSettings.Plaintext())))
                .hasMessage("A connection named 'OTHER' already exists");
        assertThatThrownBy(() -> catalog.replace("Team (eu)", new Connection(Connection.LOCAL_SANDBOX, "x:1", new AuthSettings.Plaintext())))
                .hasMessageContaining("built-in connection");
        assertThatThrownBy(() -> catalog.replace("Gone", new Connection("Gone", "x:1", new AuthSettings.Plaintext())))
                .hasMessage("No saved connection named 'Gone'");
        assertThat(catalog.saved()).extracting(Connection::name).containsExactly("Other", "Team (eu)");
    }

    @Test
    void noPasswordReachesTheFileEvenAfterTheConnectionWasUsed() throws IOException {
        var catalog = catalog(Optional.empty());
        var imported = ClientPropertiesFile.read("bootstrap.servers=kafka:9096\nsecurity.protocol=SASL_SSL\n"
                + "sasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule "
                + "required username=\"alice\" password=\"from-the-file\";\n", "scram", Optional.empty(), "f");
        var connection = imported.connection();
        ClientProperties.of(connection, imported.secrets());
        ClientProperties.of(connection, SecretSource.scramPassword("typed-in"));

        catalog.save(connection, false);

        assertThat(Files.readString(file())).contains("alice").doesNotContain("from-the-file").doesNotContain("typed-in")
                .doesNotContainIgnoringCase("password");
    }

    @Test
    void theSandboxIsAlwaysFirstAndFollowsTheRunningBroker() {
        catalog(Optional.empty()).save(new Connection("aardvark", "kafka:9092", new AuthSettings.Plaintext()), false);

        assertThat(catalog(Optional.empty()).all()).extracting(Connection::name).containsExactly("Local sandbox", "aardvark");
        assertThat(catalog(Optional.empty()).localSandbox().bootstrap()).isEqualTo("127.0.0.1:9092");
        assertThat(catalog(Optional.empty()).runningSandbox()).isEmpty();
        assertThat(catalog(Optional.of("127.0.0.1:19092")).localSandbox().bootstrap()).isEqualTo("127.0.0.1:19092");
        assertThat(catalog(Optional.of("127.0.0.1:19092")).byName("local SANDBOX")).map(Connection::mode).contains(AuthMode.PLAINTEXT);
    }

    @Test
    void theSandboxCannotBeSavedNorRemoved() {
        var catalog = catalog(Optional.empty());

        assertThatThrownBy(() -> catalog.save(new Connection("local sandbox", "kafka:9092", new AuthSettings.Plaintext()), true))
                .hasMessage("'Local sandbox' is the built-in connection: choose another name");
        assertThatThrownBy(() -> catalog.remove("Local sandbox"))
                .hasMessage("'Local sandbox' is built in and cannot be removed");
        assertThat(file()).doesNotExist();
    }

    @Test
    void aNameInUseIsRefusedUnlessReplacing() {
        var catalog = catalog(Optional.empty());
        catalog.save(new Connection("prod", "kafka:9092", new AuthSettings.Plaintext()), false);

        assertThatThrownBy(() -> catalog.save(new Connection("PROD", "other:9092", new AuthSettings.Plaintext()), false))
                .hasMessage("A connection named 'PROD' already exists");
        catalog.save(new Connection("Prod", "other:9092", new AuthSettings.Plaintext()), true);

        assertThat(catalog.saved()).containsExactly(new Connection("Prod", "other:9092", new AuthSettings.Plaintext()));
    }

    @Test
    void removeForgetsAConnectionAndNamesAnUnknownOne() {
        var catalog = catalog(Optional.empty());
        catalog.save(new Connection("prod", "kafka:9092", new AuthSettings.Plaintext()), false);

        catalog.remove("prod");

        assertThat(catalog.saved()).isEmpty();
        assertThatThrownBy(() -> catalog.remove("prod")).hasMessage("No saved connection named 'prod'");
    }

    @Test
    void aBrokenEntryIsSkippedButKeptInTheFile() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), """
                {"version": 1, "connections": [
                  {"name": "hand edited", "bootstrap": "kafka", "auth": "plaintext"},
                  {"name": "fine", "bootstrap": "kafka:9092", "auth": "plaintext", "someFutureField": 3}
                ]}""");
        var catalog = catalog(Optional.empty());

        assertThat(catalog.saved()).extracting(Connection::name).containsExactly("fine");
        catalog.save(new Connection("new", "kafka:9092", new AuthSettings.Plaintext()), false);

        assertThat(Files.readString(file())).contains("hand edited");
    }

    @Test
    void aDamagedFileIsKeptAsideAndTheListStartsEmpty() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{ not json");

        assertThat(catalog(Optional.empty()).saved()).isEmpty();
        assertThat(file().resolveSibling("connections.json.damaged")).hasContent("{ not json");
    }

    @Test
    void aCatalogWithoutAStoreOffersOnlyTheSandbox() {
        var catalog = new ConnectionCatalog(() -> Optional.of("127.0.0.1:1234"), () -> 9092);

        assertThat(catalog.all()).containsExactly(Connection.localSandbox("127.0.0.1:1234"));
        assertThatThrownBy(() -> catalog.save(new Connection("x", "kafka:9092", new AuthSettings.Plaintext()), false))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theListAsJsonMarksTheSandbox() {
        var json = ConnectionJson.writeList(catalog(Optional.empty()).all());

        assertThat(json).contains("\"name\" : \"Local sandbox\"").contains("\"builtIn\" : true");
    }
}
