package io.pinpipe.topics.view;

import io.pinpipe.connections.AuthMode;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.ConnectionStore;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.client.ClusterClients;
import io.pinpipe.client.KafkaConnections;
import io.pinpipe.testing.RecordingNavigator;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Import and export of client.properties from the Topics pane's view model (FX executor run inline). */
class ClientPropertiesInTopicsTest {

    private static final String SEED_FILE = """
            # Sets up TLS for encryption and SASL for authN.
            security.protocol = SASL_SSL

            # Identifies the SASL mechanism to use.
            sasl.mechanism = AWS_MSK_IAM

            # Binds SASL client implementation.
            sasl.jaas.config = software.amazon.msk.auth.iam.IAMLoginModule required;

            # Encapsulates constructing a SigV4 signature based on extracted credentials.
            sasl.client.callback.handler.class = software.amazon.msk.auth.iam.IAMClientCallbackHandler
            """;

    @TempDir
    Path dir;
    private final java.util.concurrent.ExecutorService background = Executors.newCachedThreadPool();
    private final ClusterClients admins = new ClusterClients(connection -> new Properties());

    @AfterEach
    void close() {
        admins.close();
        background.shutdownNow();
    }

    @Test
    void theSeedsClientPropertiesImportsAsAnIamConnectionAndExportsWithoutSecrets() throws Exception {
        var catalog = new ConnectionCatalog(new ConnectionStore(dir.resolve("connections.json")),
                Optional::empty, () -> 9092);
        var model = new TopicsViewModel(new KafkaConnections(catalog, admins, connection -> SecretSource.none()),
                new Async(background, Runnable::run, new BackgroundWork()), new RecordingNavigator());
        var file = dir.resolve("client.properties");
        Files.writeString(file, SEED_FILE);
        var failure = new AtomicReference<String>();

        model.connectionActions().importClientProperties(file, "MSK demo", "b-1.demo.kafka.eu-west-1.amazonaws.com:9098", () -> { },
                failure::set);

        await().atMost(Duration.ofSeconds(10)).until(() -> catalog.byName("MSK demo").isPresent());
        assertThat(failure.get()).isNull();
        var imported = catalog.byName("MSK demo").orElseThrow();
        assertThat(imported.auth().mode()).isEqualTo(AuthMode.IAM);
        assertThat(model.noticeProperty().get()).startsWith("Imported MSK demo (IAM (MSK))");

        model.connectionProperty().set(imported);
        var exported = dir.resolve("exported.properties");
        model.connectionActions().exportClientProperties(exported);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(exported));
        var text = Files.readString(exported);
        assertThat(text).containsPattern("sasl.mechanism\\s*=\\s*AWS_MSK_IAM").doesNotContainPattern("(?i)password\\s*=");
    }

    @Test
    void aFileWithoutAnAddressAndNoneGivenIsRefusedInWords() throws Exception {
        var catalog = new ConnectionCatalog(new ConnectionStore(dir.resolve("connections.json")),
                Optional::empty, () -> 9092);
        var model = new TopicsViewModel(new KafkaConnections(catalog, admins, connection -> SecretSource.none()),
                new Async(background, Runnable::run, new BackgroundWork()), new RecordingNavigator());
        var file = dir.resolve("client.properties");
        Files.writeString(file, SEED_FILE);
        var failure = new AtomicReference<String>();

        model.connectionActions().importClientProperties(file, "No address", "", () -> { }, failure::set);

        await().atMost(Duration.ofSeconds(10)).until(() -> failure.get() != null);
        assertThat(failure.get()).containsIgnoringCase("bootstrap");
        assertThat(catalog.byName("No address")).isEmpty();
    }
}
