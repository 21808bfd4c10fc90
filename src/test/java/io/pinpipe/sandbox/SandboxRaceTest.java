package io.pinpipe.sandbox;

import io.pinpipe.settings.AppPaths;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sandboxes (two homes) that start at the same moment on the same free preferred port: one gets it, and the
 * other must notice that the broker answering there is not its own and move to another port.
 */
@Tag("slow")
class SandboxRaceTest {

    private static final int ROUNDS = 5;

    @TempDir
    Path first;
    @TempDir
    Path second;

    @AfterEach
    void stopBoth() {
        for (var home : List.of(first, second)) {
            SandboxProcesses.cleanUp(home);
            assertThat(SandboxProcesses.brokersUnder(home)).isEmpty();
        }
    }

    @Test
    void twoSandboxesStartingAtOnceEachGetTheirOwnBroker() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (var round = 1; round <= ROUNDS; round++) {
                var port = PortPicker.anyFree();
                var together = new CyclicBarrier(2);
                var a = pool.submit(() -> startAfter(together, first, port));
                var b = pool.submit(() -> startAfter(together, second, port));
                var startedA = a.get(90, TimeUnit.SECONDS);
                var startedB = b.get(90, TimeUnit.SECONDS);

                assertThat(startedA.bootstrap()).as("round %d", round).isNotEqualTo(startedB.bootstrap());
                assertThat(List.of(startedA.bootstrap(), startedB.bootstrap())).as("round %d", round)
                        .contains("127.0.0.1:" + port);
                assertItsOwn(first, startedA);
                assertItsOwn(second, startedB);
                // The loser says where it went: it saw the port busy, or lost it between its check and its bind.
                var moved = startedA.bootstrap().endsWith(":" + port) ? startedB : startedA;
                var movedTo = moved.bootstrap().substring("127.0.0.1:".length());
                assertThat(moved.note()).as("round %d", round).hasValueSatisfying(note -> assertThat(note).matches(
                        "Port " + port + " (is in use; the sandbox listens on 127\\.0\\.0\\.1:" + movedTo + " instead"
                                + "|is in use \\(another (broker|program) took it as the sandbox started\\); the sandbox listens on 127\\.0\\.0\\.1:" + movedTo + " instead)\\."));

                assertThat(sandbox(first, port).stop()).isTrue();
                assertThat(sandbox(second, port).stop()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static SandboxStarted startAfter(CyclicBarrier together, Path home, int port) throws Exception {
        var sandbox = sandbox(home, port);
        together.await(30, TimeUnit.SECONDS);
        return sandbox.start();
    }

    private static SandboxBroker sandbox(Path home, int port) {
        return new SandboxBroker(AppPaths.under(home), SandboxOptions.defaults().withPreferredPort(port));
    }

    /** The broker on its bootstrap is the one formatted in its own folder, and its own process runs it. */
    private static void assertItsOwn(Path home, SandboxStarted started) throws Exception {
        assertThat(ProcessHandle.of(started.pid()).filter(ProcessHandle::isAlive)).isPresent();
        assertThat(clusterIdAt(started.bootstrap())).isEqualTo(formattedClusterId(home));
        assertThat(sandbox(home, SandboxOptions.DEFAULT_PORT).status())
                .isEqualTo(new SandboxStatus.Running(started.bootstrap(), started.pid(), started.since()));
    }

    private static String clusterIdAt(String bootstrap) throws Exception {
        try (var admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
        }
    }

    private static String formattedClusterId(Path home) throws IOException {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(SandboxProcesses.filesUnder(home).dataDir().resolve("meta.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("cluster.id");
    }
}
