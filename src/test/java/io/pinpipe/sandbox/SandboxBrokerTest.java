package io.pinpipe.sandbox;

import io.pinpipe.settings.AppPaths;
import io.pinpipe.testing.KafkaTestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The sandbox broker for real: forked JVMs on free ports, each test in its own folder. */
@Tag("slow")
class SandboxBrokerTest {

    @TempDir
    Path home;

    @AfterEach
    void stopBroker() {
        SandboxProcesses.cleanUp(home);
        assertThat(SandboxProcesses.brokersUnder(home)).isEmpty();
    }

    private SandboxBroker sandbox(int preferredPort) {
        return new SandboxBroker(AppPaths.under(home), SandboxOptions.defaults().withPreferredPort(preferredPort));
    }

    @Test
    void keepsTopicsAndRecordsAcrossARestartInAnotherProcess() throws Exception {
        var port = PortPicker.anyFree();
        var sandbox = sandbox(port);

        var first = sandbox.start();
        KafkaTestClients.createTopic(first.bootstrap(), "pins");
        KafkaTestClients.produce(first.bootstrap(), "pins", "pin-1", "a pin");
        assertThat(KafkaTestClients.consume(first.bootstrap(), "pins", 1)).containsExactly("a pin");
        assertThat(sandbox.stop()).isTrue();
        var second = sandbox.start();

        // The port is a preference the sandbox keeps when it can, and says so when it cannot: read back, not assumed.
        if (first.bootstrap().equals("127.0.0.1:" + port)) {
            assertThat(first.note()).isEmpty();
        } else {
            assertThat(first.note()).hasValueSatisfying(note -> assertThat(note).contains("Port " + port + " is in use"));
        }
        assertThat(first.pid()).isNotEqualTo(ProcessHandle.current().pid());
        assertThat(second.pid()).isNotEqualTo(first.pid());
        assertThat(ProcessHandle.of(first.pid()).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(KafkaTestClients.topics(second.bootstrap())).contains("pins");
        assertThat(KafkaTestClients.consume(second.bootstrap(), "pins", 1)).containsExactly("a pin");
        // The broker logs through its own logback config, not the logback-test.xml also on its classpath.
        assertThat(sandbox.brokerLog()).content().contains("Sandbox broker ready on PLAINTEXT://" + second.bootstrap());
        assertThat(SandboxProcesses.filesUnder(home).root().resolve("target")).doesNotExist();
    }

    @Test
    void reportsEachStepOfAFirstStart() {
        var steps = new ArrayList<String>();
        var fractions = new ArrayList<Double>();

        sandbox(PortPicker.anyFree()).start((fraction, message) -> {
            steps.add(message);
            fractions.add(fraction);
        }, () -> false);

        assertThat(steps).startsWith("Checking ports", "Formatting storage", "Starting broker",
                "Waiting for the broker to answer");
        assertThat(steps.get(steps.size() - 1)).startsWith("Sandbox broker running on 127.0.0.1:");
        assertThat(fractions).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void picksAnotherPortWhenThePreferredOneIsTaken() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            var started = sandbox(taken.getLocalPort()).start();

            var port = Integer.parseInt(started.bootstrap().substring("127.0.0.1:".length()));
            assertThat(port).isNotEqualTo(taken.getLocalPort());
            assertThat(started.note()).contains("Port " + taken.getLocalPort()
                    + " is in use; the sandbox listens on 127.0.0.1:" + port + " instead.");
        }
    }

    @Test
    void aPortTakenBetweenTheCheckAndTheBindMovesTheBrokerToAnotherAndSaysSo() throws Exception {
        var port = PortPicker.anyFree();
        var steps = new ArrayList<String>();
        var taker = new AtomicReference<ServerSocket>();
        try {
            // The broker JVM was just forked and binds its port a good second later: someone else gets it first.
            var started = sandbox(port).start((fraction, message) -> {
                steps.add(message);
                if (taker.get() == null && message.equals("Formatting storage")) {
                    taker.set(bind(port));
                }
            }, () -> false);

            assertThat(taker.get()).isNotNull();
            var movedTo = Integer.parseInt(started.bootstrap().substring("127.0.0.1:".length()));
            assertThat(movedTo).isNotEqualTo(port);
            var note = "Port " + port + " is in use (another program took it as the sandbox started); the sandbox listens on 127.0.0.1:" + movedTo + " instead.";
            assertThat(started.note()).contains(note);
            assertThat(steps).contains(note).last().isEqualTo("Sandbox broker running on " + started.bootstrap());
            assertThat(ProcessHandle.of(started.pid()).filter(ProcessHandle::isAlive)).isPresent();
            assertThat(sandbox(port).status()).isEqualTo(new SandboxStatus.Running(started.bootstrap(), started.pid(),
                    started.since()));
            assertThat(SandboxProcesses.brokersUnder(home)).extracting(ProcessHandle::pid).containsExactly(started.pid());
        } finally {
            if (taker.get() != null) {
                taker.get().close();
            }
        }
    }

    private static ServerSocket bind(int port) {
        try {
            return new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anotherInstanceOverTheSameFolderSeesAndStopsTheBroker() {
        var started = sandbox(PortPicker.anyFree()).start();
        var other = new SandboxBroker(AppPaths.under(home));

        assertThat(other.status()).isEqualTo(new SandboxStatus.Running(started.bootstrap(), started.pid(), started.since()));
        assertThat(other.bootstrap()).contains(started.bootstrap());
        var again = other.start();
        assertThat(again.alreadyRunning()).isTrue();
        assertThat(again.pid()).isEqualTo(started.pid());
        assertThat(again.note()).hasValueSatisfying(note -> assertThat(note).contains("already running"));

        assertThat(other.stop()).isTrue();

        assertThat(sandbox(9092).status()).isEqualTo(new SandboxStatus.Stopped());
        assertThat(other.bootstrap()).isEmpty();
        assertThat(ProcessHandle.of(started.pid()).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(other.stop()).isFalse();
    }

    @Test
    void resetDeletesTopicsAndStopsTheBroker() throws Exception {
        var sandbox = sandbox(PortPicker.anyFree());
        var first = sandbox.start();
        KafkaTestClients.createTopic(first.bootstrap(), "doomed");

        sandbox.reset();

        assertThat(sandbox.status()).isInstanceOf(SandboxStatus.Stopped.class);
        var second = sandbox.start();
        assertThat(KafkaTestClients.topics(second.bootstrap())).doesNotContain("doomed");
    }

    @Test
    void aBrokerThatDiesIsSeenAsStopped() {
        var sandbox = sandbox(PortPicker.anyFree());
        var started = sandbox.start();

        ProcessHandle.of(started.pid()).ifPresent(ProcessHandle::destroyForcibly);

        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.status() instanceof SandboxStatus.Stopped);
        assertThat(sandbox.bootstrap()).isEqualTo(Optional.empty());
        var restarted = sandbox.start();
        assertThat(restarted.pid()).isNotEqualTo(started.pid());
        assertThat(restarted.alreadyRunning()).isFalse();
    }

    @Test
    void cancellingAStartKillsTheHalfStartedBroker() {
        var sandbox = sandbox(PortPicker.anyFree());
        var steps = new ArrayList<String>();

        assertThatThrownBy(() -> sandbox.start((fraction, message) -> steps.add(message),
                        () -> steps.contains("Starting broker")))
                .isInstanceOf(CancellationException.class);

        assertThat(SandboxProcesses.brokersUnder(home)).isEmpty();
        assertThat(sandbox.status()).isInstanceOf(SandboxStatus.Stopped.class);
        assertThat(steps).doesNotContain("Waiting for the broker to answer");
    }

    @Test
    void anInterruptedStartKillsTheHalfStartedBroker() throws Exception {
        var sandbox = sandbox(PortPicker.anyFree());
        var failure = new AtomicReference<Throwable>();
        var starter = new Thread(() -> {
            try {
                sandbox.start();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "sandbox-starter");

        starter.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> !SandboxProcesses.brokersUnder(home).isEmpty());
        starter.interrupt();
        starter.join(Duration.ofSeconds(20).toMillis());

        assertThat(failure.get()).isInstanceOf(CancellationException.class);
        assertThat(SandboxProcesses.brokersUnder(home)).isEmpty();
        assertThat(sandbox.status()).isInstanceOf(SandboxStatus.Stopped.class);
    }

}
