package io.pinpipe.sandbox;

import java.nio.file.Path;

/** Where the sandbox broker keeps its data, configuration, logs and shared state, all under one folder. */
record SandboxFiles(Path root) {

    static SandboxFiles under(Path sandboxDir) {
        return new SandboxFiles(sandboxDir.resolve("kafka").toAbsolutePath().normalize());
    }

    /** Kafka's {@code log.dirs}: topics, records and the KRaft metadata log. */
    Path dataDir() {
        return root.resolve("data");
    }

    Path clusterIdFile() {
        return root.resolve("cluster-id");
    }

    Path propertiesFile() {
        return root.resolve("server.properties");
    }

    Path stateFile() {
        return root.resolve("broker.json");
    }

    Path brokerLog() {
        return root.resolve("broker.log");
    }

    /** The child JVM's stdout and stderr: what happens before logging starts (bad options, missing classes). */
    Path consoleLog() {
        return root.resolve("console.log");
    }
}
