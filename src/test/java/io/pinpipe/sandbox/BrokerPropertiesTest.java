package io.pinpipe.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerPropertiesTest {

    @TempDir
    Path dir;

    @Test
    void describesASingleNodeBrokerThatIsItsOwnController() throws Exception {
        var file = dir.resolve("server.properties");

        new BrokerProperties(dir.resolve("data"), 9092, 40001).writeTo(file);

        var loaded = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            loaded.load(in);
        }
        assertThat(loaded).containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:40001")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:40001")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:9092")
                .containsEntry("log.dirs", dir.resolve("data").toString())
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("log.cleaner.dedupe.buffer.size", "4194304")
                .containsEntry("broker.session.timeout.ms", "2500");
    }
}
