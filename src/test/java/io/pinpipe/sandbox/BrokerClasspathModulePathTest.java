package io.pinpipe.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Under {@code mvn javafx:run} Kafka's jars sit on the module path; the broker must still find them. */
class BrokerClasspathModulePathTest {

    @TempDir
    Path dir;
    private final String before = System.getProperty("jdk.module.path");

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("jdk.module.path");
        } else {
            System.setProperty("jdk.module.path", before);
        }
    }

    @Test
    void jarsOnTheModulePathJoinTheBrokersClassPath() throws Exception {
        var kafkaJar = Files.createFile(dir.resolve("kafka_2.13-4.3.1.jar"));
        System.setProperty("jdk.module.path", kafkaJar.toString());

        assertThat(BrokerClasspath.ofCurrentProcess().entries()).contains(kafkaJar.toAbsolutePath().normalize());
    }
}
