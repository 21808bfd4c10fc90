package io.pinpipe.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedServerTest {

    @TempDir
    Path dir;

    @Test
    void aControllerPortTakenBeforeTheControllerBindsItIsReplacedByAnother() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            var tried = new ArrayList<Integer>();
            Iterator<Integer> ports = IntStream.concat(IntStream.of(taken.getLocalPort()),
                    IntStream.generate(PortRetry::candidate)).iterator();

            var server = EmbeddedServer.start(ports::next, dir, controllerPort -> {
                tried.add(controllerPort);
                return InProcessKafka.properties(dir.resolve("data"), controllerPort);
            });
            try {
                var bootstrap = server.address("PLAINTEXT");
                KafkaTestClients.createTopic(bootstrap, "after-a-taken-port");

                assertThat(tried).hasSize(2).first().isEqualTo(taken.getLocalPort());
                assertThat(server.boundPort("PLAINTEXT")).isNotIn(List.of(0, taken.getLocalPort(), tried.get(1)));
                assertThat(KafkaTestClients.topics(bootstrap)).contains("after-a-taken-port");
            } finally {
                server.stop();
            }
        }
    }

    /** About one folder in 64 gets an id that starts with '-': CI met one, and formatting took it for an option. */
    @Test
    void aFolderWhoseClusterIdStartsWithADashStartsToo() throws Exception {
        var folder = IntStream.range(0, 10_000).mapToObj(i -> dir.resolve("broker-" + i))
                .filter(candidate -> EmbeddedServer.clusterId(candidate).startsWith("-")).findFirst().orElseThrow();
        var server = EmbeddedServer.start(folder, controllerPort -> InProcessKafka.properties(folder.resolve("data"),
                controllerPort));
        try {
            KafkaTestClients.createTopic(server.address("PLAINTEXT"), "dashed");
            assertThat(KafkaTestClients.topics(server.address("PLAINTEXT"))).contains("dashed");
        } finally {
            server.stop();
        }
    }
}
