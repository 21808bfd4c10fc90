package io.pinpipe.sandbox;

import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The watch against a real broker on the port, as a sandbox sees another sandbox's broker that took its port:
 * only the broker formatted in its own storage counts as an answer.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class StartWatchTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path sandboxDir;

    private BrokerStorage storage;
    private SandboxFiles files;
    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void storage() {
        files = SandboxFiles.under(sandboxDir);
        storage = new BrokerStorage(files);
    }

    private StartWatch watch(BooleanSupplier alive) {
        return new StartWatch(alive, new CompletableFuture<>(), () -> OptionalInt.of(1),
                (fraction, message) -> steps.add(message), () -> false);
    }

    @Test
    void aBrokerWithAForeignClusterIdIsNotAccepted(KafkaBroker kafka) throws Exception {
        formatWith(Uuid.randomUuid().toString());

        var foreign = catchThrowableOfType(StartWatch.Foreign.class,
                () -> watch(() -> true).awaitAnswer(port(kafka), storage, TIMEOUT));

        assertThat(foreign.clusterId).isEqualTo(clusterIdOf(kafka)).isNotEqualTo(storage.ownClusterId().orElseThrow());
        assertThat(steps).contains("Waiting for the broker to answer");
    }

    @Test
    void theBrokerFormattedInItsOwnStorageIsAccepted(KafkaBroker kafka) throws Exception {
        formatWith(clusterIdOf(kafka));

        watch(() -> true).awaitAnswer(port(kafka), storage, TIMEOUT);

        assertThat(steps).containsExactly("Starting broker", "Waiting for the broker to answer");
    }

    @Test
    void itsOwnAnswerDoesNotCountOnceItsProcessHasExited(KafkaBroker kafka) throws Exception {
        formatWith(clusterIdOf(kafka));
        // Alive while the port is looked at, gone by the time the answer is judged.
        var asked = new AtomicInteger();

        var died = catchThrowableOfType(StartWatch.Died.class,
                () -> watch(() -> asked.incrementAndGet() <= 2).awaitAnswer(port(kafka), storage, TIMEOUT));

        assertThat(died.exitCode).hasValue(1);
        assertThat(steps).contains("Waiting for the broker to answer");
    }

    /** What the format writes: the sandbox's storage then belongs to the broker of that cluster id. */
    private void formatWith(String clusterId) throws Exception {
        Files.createDirectories(files.dataDir());
        Files.writeString(files.dataDir().resolve("meta.properties"),
                "version=1\nnode.id=1\ncluster.id=" + clusterId + "\n");
    }

    private static int port(KafkaBroker kafka) {
        return Integer.parseInt(kafka.bootstrap().substring(kafka.bootstrap().lastIndexOf(':') + 1));
    }

    private static String clusterIdOf(KafkaBroker kafka) throws Exception {
        try (var admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap()))) {
            return admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
        }
    }
}
