package io.pinpipe.sandbox;

import io.pinpipe.settings.AppPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Starts that fail say why, show what the broker logged, and leave nothing running. */
class SandboxStartFailureTest {

    @TempDir
    Path home;

    @AfterEach
    void nothingLeftBehind() {
        SandboxProcesses.cleanUp(home);
        assertThat(SandboxProcesses.brokersUnder(home)).isEmpty();
    }

    private SandboxBroker sandbox(SandboxOptions options) {
        return new SandboxBroker(AppPaths.under(home), options.withPreferredPort(PortPicker.anyFree()));
    }

    @Test
    @Tag("slow")
    void aDataFolderLockedByAnotherBrokerIsNamedAndTheLogTailShown() throws Exception {
        var files = SandboxProcesses.filesUnder(home);
        Files.createDirectories(files.dataDir());
        try (var channel = FileChannel.open(files.dataDir().resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); var lock = channel.lock()) {

            var failure = catchThrowableOfType(SandboxStartException.class,
                    () -> sandbox(SandboxOptions.defaults()).start());

            assertThat(failure.reason()).isEqualTo(StartFailure.DATA_LOCKED);
            assertThat(failure.getMessage()).isEqualTo("The sandbox data folder " + files.dataDir()
                    + " is in use by another Kafka broker. Stop that broker, then start the sandbox again.");
            assertThat(failure.logTail()).isNotEmpty().hasSizeLessThanOrEqualTo(BrokerLogTail.LINES)
                    .anySatisfy(line -> assertThat(line).contains("Failed to acquire lock"));
        }
        assertThat(new SandboxBroker(AppPaths.under(home)).status()).isInstanceOf(SandboxStatus.Stopped.class);
        assertThat(files.stateFile()).doesNotExist();
    }

    @Test
    @Tag("slow")
    void aBrokerThatDoesNotAnswerInTimeIsKilled() {
        var failure = catchThrowableOfType(SandboxStartException.class,
                () -> sandbox(SandboxOptions.defaults().withStartTimeout(Duration.ofMillis(300))).start());

        assertThat(failure.reason()).isEqualTo(StartFailure.TIMEOUT);
        assertThat(failure.getMessage()).startsWith("The sandbox broker did not answer within 0.3 s, so it was stopped.");
        assertThat(SandboxProcesses.brokersUnder(home)).isEmpty();
        assertThat(SandboxProcesses.filesUnder(home).stateFile()).doesNotExist();
    }

    @Test
    void aFileInPlaceOfTheDataFolderIsADiskProblem() throws Exception {
        var dataDir = SandboxProcesses.filesUnder(home).dataDir();
        Files.createDirectories(dataDir.getParent());
        Files.writeString(dataDir, "not a folder");

        var failure = catchThrowableOfType(SandboxStartException.class,
                () -> sandbox(SandboxOptions.defaults()).start());

        assertThat(failure.reason()).isEqualTo(StartFailure.DISK);
        assertThat(failure.getMessage()).isEqualTo("Cannot create the sandbox data folder " + dataDir
                + " (a file of that name is in the way).");
        assertThat(SandboxProcesses.filesUnder(home).consoleLog()).doesNotExist();
    }

    @Test
    void tooLittleFreeSpaceIsADiskProblem() {
        var files = SandboxProcesses.filesUnder(home);
        var sandbox = new SandboxBroker(files, SandboxOptions.defaults(), BrokerLauncher.forCurrentProcess(), Long.MAX_VALUE);

        var failure = catchThrowableOfType(SandboxStartException.class, sandbox::start);

        assertThat(failure.reason()).isEqualTo(StartFailure.DISK);
        assertThat(failure.getMessage()).startsWith("Only ").contains(" MB are free on the disk holding " + files.dataDir()
                + "; the sandbox broker needs at least ");
    }

    @Test
    void aMissingJavaIsNamed() {
        var java = home.resolve("no-jdk").resolve("bin").resolve("java");
        var launcher = new BrokerLauncher(java, BrokerClasspath.ofCurrentProcess());
        var sandbox = new SandboxBroker(SandboxProcesses.filesUnder(home), SandboxOptions.defaults(), launcher,
                StartChecks.MIN_FREE_BYTES);

        var failure = catchThrowableOfType(SandboxStartException.class, sandbox::start);

        assertThat(failure.reason()).isEqualTo(StartFailure.JAVA);
        assertThat(failure.getMessage()).isEqualTo("Cannot start the sandbox broker: there is no Java executable at "
                + java + ".");
        assertThat(failure.logTail()).isEmpty();
    }

    @Test
    @Tag("slow")
    void aClasspathWithoutTheBrokerShowsWhatJavaSaid() {
        var launcher = new BrokerLauncher(BrokerLauncher.forCurrentProcess().javaExecutable(),
                new BrokerClasspath(java.util.List.of(home)));
        var sandbox = new SandboxBroker(SandboxProcesses.filesUnder(home), SandboxOptions.defaults(), launcher,
                StartChecks.MIN_FREE_BYTES);

        var failure = catchThrowableOfType(SandboxStartException.class, sandbox::start);

        assertThat(failure.reason()).isEqualTo(StartFailure.JAVA);
        assertThat(failure.getMessage()).startsWith("Java could not run the sandbox broker: Error: Could not find or load main class");
        assertThat(failure.logTail()).isNotEmpty();
    }
}
