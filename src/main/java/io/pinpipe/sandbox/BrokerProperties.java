package io.pinpipe.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The {@code server.properties} of a single-node KRaft broker that is also its own controller: the sandbox's,
 * and the test brokers' too, so that tests run against the configuration users get.
 */
public record BrokerProperties(Path dataDir, int port, int controllerPort) {

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    Map<String, String> asMap() {
        var map = new TreeMap<String, String>();
        map.put("process.roles", "broker,controller");
        map.put("node.id", "1");
        // A static voter set keeps no endpoint in the metadata log, so the controller port may change per start.
        map.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        map.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        map.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        map.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        map.put("controller.listener.names", "CONTROLLER");
        map.put("inter.broker.listener.name", "PLAINTEXT");
        map.put("log.dirs", dataDir.toString());
        map.put("num.partitions", "1");
        map.put("default.replication.factor", "1");
        map.put("min.insync.replicas", "1");
        map.put("offsets.topic.replication.factor", "1");
        map.put("transaction.state.log.replication.factor", "1");
        map.put("transaction.state.log.min.isr", "1");
        map.put("share.coordinator.state.topic.replication.factor", "1");
        map.put("share.coordinator.state.topic.min.isr", "1");
        // 50 partitions per internal topic make the first consumer group slow to appear on a laptop.
        map.put("offsets.topic.num.partitions", "5");
        map.put("transaction.state.log.num.partitions", "5");
        map.put("share.coordinator.state.topic.num.partitions", "5");
        map.put("group.initial.rebalance.delay.ms", "0");
        // The default 128 MiB cleaner buffer alone would not fit the small heap.
        map.put("log.cleaner.dedupe.buffer.size", "4194304");
        // After a kill -9 the next start waits out the old session; short sessions make that a few seconds.
        map.put("broker.heartbeat.interval.ms", "500");
        map.put("broker.session.timeout.ms", "2500");
        return map;
    }

    public Properties asProperties() {
        var properties = new Properties();
        properties.putAll(asMap());
        return properties;
    }

    void writeTo(Path file) {
        var properties = asProperties();
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(out, "Written by Pinpipe before each start of the sandbox broker: edits are lost");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the broker configuration " + file + ": " + e.getMessage(), e);
        }
    }
}
