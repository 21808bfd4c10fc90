package io.pinpipe.cli;

import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.testing.PortRetry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real picocli commands in this JVM; the broker they start is still a child process. */
class SandboxCommandTest {

    @TempDir
    Path home;
    @TempDir
    Path otherHome;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void useTheTemporaryHome() {
        System.setProperty(AppPaths.HOME_PROPERTY, home.toString());
    }

    @AfterEach
    void stopAndForget() {
        System.clearProperty(AppPaths.HOME_PROPERTY);
        for (var sandboxHome : List.of(home, otherHome)) {
            new SandboxBroker(AppPaths.under(sandboxHome)).stop();
            ProcessHandle.allProcesses()
                    .filter(process -> process.info().commandLine()
                            .filter(line -> line.contains("BrokerMain") && line.contains(sandboxHome.toString())).isPresent())
                    .forEach(ProcessHandle::destroyForcibly);
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return PinpipeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    @Tag("slow")
    void startStatusStop() throws Exception {
        var port = PortRetry.candidate();

        assertThat(run("sandbox", "start", "--port", Integer.toString(port))).isZero();
        var bootstrap = bootstrapPrinted(out.toString(), port, err.toString());
        assertThat(err.toString()).contains("Checking ports...");

        assertThat(run("sandbox", "status")).isZero();
        assertThat(out.toString()).matches("running bootstrap=" + bootstrap.replace(".", "\\.") + " pid=\\d+ since=\\S+Z\\R");
        var pid = Long.parseLong(out.toString().replaceAll("(?s).*pid=(\\d+).*", "$1"));
        assertThat(pid).isNotEqualTo(ProcessHandle.current().pid());

        assertThat(run("sandbox", "stop")).isZero();
        assertThat(out.toString()).isEqualTo("stopped" + System.lineSeparator());
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();

        assertThat(run("sandbox", "status")).isEqualTo(SandboxCommand.STOPPED);
        assertThat(out.toString()).isEqualTo("stopped" + System.lineSeparator());
    }

    @Test
    @Tag("slow")
    void startOnATakenPortPrintsTheNoteOnStderr() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(run("sandbox", "start", "--port", Integer.toString(taken.getLocalPort()))).isZero();

            var bootstrap = out.toString().strip();
            assertThat(bootstrap).matches("bootstrap=127\\.0\\.0\\.1:\\d+").isNotEqualTo("bootstrap=127.0.0.1:" + taken.getLocalPort());
            assertThat(err.toString()).contains("Port " + taken.getLocalPort() + " is in use; the sandbox listens on "
                    + bootstrap.substring("bootstrap=".length()) + " instead.");
        }
    }

    @Test
    @Tag("slow")
    void theBrokerOutlivesTheStartCommandsOwnProcess() throws Exception {
        var port = PortRetry.candidate();
        var stderr = home.resolve("start.err");
        var command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CliProcessMain.class.getName(),
                "sandbox", "start", "--port", Integer.toString(port))
                .redirectError(stderr.toFile());
        command.environment().put(AppPaths.HOME_VARIABLE, home.toString());
        var cli = command.start();
        var printed = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).isZero();
        var bootstrap = bootstrapPrinted(printed, port, Files.readString(stderr));
        assertThat(run("sandbox", "status")).isZero();
        assertThat(out.toString()).startsWith("running bootstrap=" + bootstrap + " pid=");
        assertThat(run("sandbox", "stop")).isZero();
    }

    @Test
    @Tag("slow")
    void twoStartsAtOnceOnTheSamePortEachPrintTheirOwnBroker() throws Exception {
        var port = PortRetry.candidate();
        // Two homes, as when two Pinpipes on one machine (a developer's and a smoke test) start their sandboxes.
        var first = startInItsOwnJvm(home, port);
        var second = startInItsOwnJvm(otherHome, port);

        var bootstraps = new ArrayList<String>();
        for (var started : List.of(first, second)) {
            assertThat(started.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(started.process().exitValue()).as(Files.readString(started.err())).isZero();
            var printed = Files.readString(started.out());
            assertThat(printed).matches("bootstrap=127\\.0\\.0\\.1:\\d+\\R");
            bootstraps.add(printed.strip().substring("bootstrap=".length()));
        }
        assertThat(bootstraps).doesNotHaveDuplicates().contains("127.0.0.1:" + port);

        var moved = bootstraps.get(0).endsWith(":" + port) ? second : first;
        var movedTo = bootstraps.get(moved == first ? 0 : 1).substring("127.0.0.1:".length());
        assertThat(Files.readAllLines(moved.err())).as("says once where it went").filteredOn(line -> line.contains("Port " + port))
                .singleElement().asString().matches("Port " + port + " (is in use; the sandbox listens on 127\\.0\\.0\\.1:"
                        + movedTo + " instead|is in use \\(another (broker|program) took it as the sandbox started\\); the sandbox listens on 127\\.0\\.0\\.1:" + movedTo
                        + " instead)\\.");
        for (var i = 0; i < 2; i++) {
            System.setProperty(AppPaths.HOME_PROPERTY, List.of(first, second).get(i).home().toString());
            assertThat(run("sandbox", "status")).isZero();
            assertThat(out.toString()).startsWith("running bootstrap=" + bootstraps.get(i) + " pid=");
        }
    }

    private record StartInJvm(Path home, Process process, Path out, Path err) {
    }

    private static StartInJvm startInItsOwnJvm(Path home, int port) throws Exception {
        var out = Files.createTempFile(home, "start", ".out");
        var err = Files.createTempFile(home, "start", ".err");
        var command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CliProcessMain.class.getName(),
                "sandbox", "start", "--port", Integer.toString(port))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        command.environment().put(AppPaths.HOME_VARIABLE, home.toString());
        return new StartInJvm(home, command.start(), out, err);
    }

    @Test
    void stopAndStatusWorkWhenNothingRuns() {
        assertThat(run("sandbox", "stop")).isZero();
        assertThat(out.toString()).isEqualTo("stopped" + System.lineSeparator());
        assertThat(run("sandbox", "status")).isEqualTo(SandboxCommand.STOPPED);
    }

    @Test
    void resetWantsConfirmation() {
        assertThat(run("sandbox", "reset")).isEqualTo(OneLineErrors.BAD_USAGE);
        assertThat(err.toString()).startsWith("pinpipe: Reset deletes every sandbox topic and record; add --yes to confirm");

        assertThat(run("sandbox", "reset", "--yes")).isZero();
        assertThat(out.toString()).isEqualTo("reset" + System.lineSeparator());
    }

    /** The address a start printed: on the port asked for, or on another with a note on stderr that says so. */
    private static String bootstrapPrinted(String printed, int port, String stderr) {
        assertThat(printed).matches("bootstrap=127\\.0\\.0\\.1:\\d+\\R");
        var bootstrap = printed.strip().substring("bootstrap=".length());
        if (bootstrap.equals("127.0.0.1:" + port)) {
            assertThat(stderr).doesNotContain("in use");
        } else {
            assertThat(stderr).as("why not the port asked for").contains("Port " + port + " is in use");
        }
        return bootstrap;
    }
}
