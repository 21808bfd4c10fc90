package io.pinpipe.security;

import io.pinpipe.launch.Launcher;
import io.pinpipe.sandbox.LoadProgress;
import io.pinpipe.sandbox.MySqlTarget;
import io.pinpipe.sandbox.SampleDataset;
import io.pinpipe.sandbox.SampleLoader;
import io.pinpipe.testing.MariaDbExtension;
import io.pinpipe.testing.MariaDbExtension.MariaDb;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.SecureKafkaBroker;
import io.pinpipe.testing.SecureKafkaExtension;
import javafx.scene.control.TableView;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A session that used a database password (from a .env file) and a SCRAM password (typed into the window once,
 * and given to the command line through the environment) leaves neither in any file under the settings and
 * data folders, logs included, nor in the lines the tests' own log got meanwhile.
 */
@Tag("slow")
@ExtendWith({MariaDbExtension.class, SecureKafkaExtension.class})
class SecretsStayOutOfFilesTest {

    private static final String DB_PASSWORD = "db-Secret-4711";
    private static final String TOPIC = "secrets.check";

    @TempDir
    Path home;
    @TempDir
    Path workDir;

    @Test
    void neitherPasswordIsWrittenAnywhere(MariaDb mariaDb, SecureKafkaBroker kafka) throws Exception {
        assertThat(kafka.scramPassword()).isEqualTo("alice-secret");
        var testLog = Path.of("target", "test-logs", "tests.log");
        var testLogBefore = Files.exists(testLog) ? Files.size(testLog) : 0;
        try (var admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.plaintextBootstrap()))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
        var url = mariaDb.createDatabase("secrets");
        try (var connection = new MySqlTarget(url).connect("root", Optional.of(""))) {
            new SampleLoader(LoadProgress.NONE, () -> false).load(connection, SampleDataset.of(SampleDataset.DEFAULT_SEED, 200), true);
        }

        typeTheScramPasswordIntoTheWindow(kafka);

        Files.writeString(workDir.resolve(".env"), "PINPIPE_DB_PASSWORD=" + DB_PASSWORD + "\n");
        var scram = List.of("--auth", "scram", "--scram-user", kafka.scramUser(), "--truststore", kafka.truststore().toString());
        var listed = cli(Map.of("PINPIPE_SCRAM_PASSWORD", kafka.scramPassword()),
                concat(List.of("topics", "list", "--bootstrap", kafka.scramTlsBootstrap()), scram));
        assertThat(listed.output()).as(listed.output()).contains(TOPIC);
        var saved = cli(Map.of(), concat(List.of("connections", "add", "Secure", "--bootstrap", kafka.scramTlsBootstrap()), scram));
        assertThat(saved.exitCode()).as(saved.output()).isZero();
        var tested = cli(Map.of("PINPIPE_SCRAM_PASSWORD", kafka.scramPassword()), List.of("connections", "test", "Secure"));
        assertThat(tested.exitCode()).as(tested.output()).isZero();
        var emulated = cli(Map.of(), List.of("emulate", "--source", url, "--db-user", "root", "--topic-prefix", "secrets",
                "--bootstrap", kafka.plaintextBootstrap(), "--pace", "max", "--count", "20", "--create-topics"));
        assertThat(emulated.exitCode()).as(emulated.output()).isZero();
        assertThat(emulated.output()).contains("20 events in");

        var files = filesUnder(home);
        assertThat(files).as("the session left its settings, connections and log")
                .anyMatch(file -> file.endsWith("connections.json"))
                .anyMatch(file -> file.endsWith("settings.json"))
                .anyMatch(file -> file.endsWith(Path.of("logs", "pinpipe.log")));
        assertThat(Files.readString(home.resolve("data").resolve("logs").resolve("pinpipe.log")))
                .contains("Running 'pinpipe emulate").contains("Running 'pinpipe topics list");
        for (var file : files) {
            var content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(content).as(home.relativize(file).toString()).doesNotContain(DB_PASSWORD, kafka.scramPassword());
        }
        try (var log = Files.newInputStream(testLog)) {
            log.skipNBytes(testLogBefore);
            assertThat(new String(log.readAllBytes(), StandardCharsets.UTF_8)).as("the test run's log")
                    .doesNotContain(DB_PASSWORD, kafka.scramPassword());
        }
    }

    /** The real window: a new SCRAM connection, its password typed once, the topics of the secure broker listed. */
    private void typeTheScramPasswordIntoTheWindow(SecureKafkaBroker kafka) throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            robot.clickOn("Topics");
            robot.clickOn("#topics-new-connection");
            robot.clickOn("#connection-name").write("Secure window");
            robot.clickOn("#connection-bootstrap").write(kafka.scramTlsBootstrap());
            robot.clickOn("#connection-auth").clickOn("SASL/SCRAM");
            robot.clickOn("#connection-user").write(kafka.scramUser());
            robot.clickOn("#connection-password").write(kafka.scramPassword());
            robot.clickOn("#connection-truststore").write(kafka.truststore().toString());
            robot.clickOn("#connection-dialog-action");
            await().atMost(Duration.ofSeconds(30)).until(() -> names(robot).contains(TOPIC));
            io.pinpipe.testing.Screenshots.save(app.scene(), "secure-connection-listed");
        }
    }

    private static List<String> names(FxRobot robot) {
        return FxRead.get(() -> robot.lookup("#topics-table").tryQueryAs(TableView.class)
                .map(table -> ((List<?>) table.getItems()).stream().map(item -> ((io.pinpipe.topics.TopicSummary) item).name()).toList())
                .orElse(List.of()));
    }

    private record Run(int exitCode, String output) {
    }

    /** {@code pinpipe ...} in a JVM of its own on the app's class path, so it logs as installed (to the data folder). */
    private Run cli(Map<String, String> env, List<String> args) throws Exception {
        var classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, Launcher.class.getName()));
        command.addAll(args);
        var output = workDir.resolve("out-" + System.nanoTime() + ".txt");
        var builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().remove("PINPIPE_SCRAM_PASSWORD");
        builder.environment().remove("PINPIPE_DB_PASSWORD");
        builder.environment().put("PINPIPE_HOME", home.toString());
        builder.environment().putAll(env);
        var process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", args)).isTrue();
        var text = Files.readString(output);
        assertThat(text).as("what the person saw").doesNotContain(DB_PASSWORD, "alice-secret");
        return new Run(process.exitValue(), text);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static List<Path> filesUnder(Path folder) throws Exception {
        try (var paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }
}
