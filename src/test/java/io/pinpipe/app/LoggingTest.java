package io.pinpipe.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import io.pinpipe.launch.Launcher;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class LoggingTest {

    @TempDir
    Path home;

    @Test
    void theAppsLogConfigurationKeepsKafkaQuietAndWritesToTheGivenFolder() throws Exception {
        var context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putProperty("pinpipe.logdir", home.toString());
        System.setProperty("pinpipe.logdir", home.toString());
        var configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
        context.start();

        assertThat(context.getLogger("org.apache.kafka").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("kafka").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.apache.kafka.clients.admin.KafkaAdminClient").getEffectiveLevel())
                .isEqualTo(Level.WARN);
        assertThat(context.getLogger("io.pinpipe").getEffectiveLevel()).isEqualTo(Level.INFO);
        context.getLogger("io.pinpipe.test").info("hello from the test");
        context.stop();
        System.clearProperty("pinpipe.logdir");
        assertThat(Files.readString(home.resolve("pinpipe.log"))).contains("hello from the test");
    }

    @Test
    @Tag("slow")
    void theCommandLineLogsToAFileInTheUsersDataFolder() throws Exception {
        // The app's own class path, without the test classes (whose logback-test.xml would win).
        var classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", classPath, Launcher.class.getName(), "sandbox", "status")
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("out.txt").toFile());
        process.environment().put("PINPIPE_HOME", home.toString());
        var started = process.start();
        assertThat(started.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(started.exitValue()).isEqualTo(3);
        assertThat(Files.readString(home.resolve("out.txt")).strip()).isEqualTo("stopped");
        var log = home.resolve("data").resolve("logs").resolve("pinpipe.log");
        assertThat(Files.readString(log)).contains("Running 'pinpipe sandbox status'");
    }
}
