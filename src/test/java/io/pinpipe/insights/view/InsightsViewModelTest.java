package io.pinpipe.insights.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.insights.InsightsException;
import io.pinpipe.insights.InsightsListener;
import io.pinpipe.insights.PipelineTopics;
import io.pinpipe.insights.StartAt;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import io.pinpipe.workbench.Navigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The pane's state without a window: snapshots made by hand, taken only at ticks, the newest winning. */
class InsightsViewModelTest {

    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final ExecutorService background = Executors.newCachedThreadPool();
    private final AtomicReference<InsightsListener> listener = new AtomicReference<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger resets = new AtomicInteger();
    private final Connection sandbox = Connection.localSandbox("localhost:1");

    /** Every reading the source opened, oldest first. */
    private final List<FakeReading> opened = new CopyOnWriteArrayList<>();
    /** When set, a start waits for it (a start still going); when closeGate is set, a close waits for it. */
    private volatile CountDownLatch startGate;
    private volatile CountDownLatch closeGate;
    /** How long a close takes: a consumer leaving its group takes a moment. */
    private volatile long closeTakesMillis;

    /** A reading handed out by the source: where it reads, what it hears, whether it was closed. */
    private final class FakeReading implements InsightsSource.Reading {
        final Connection connection;
        final String prefix;
        final InsightsListener heard;
        final AtomicBoolean isClosed = new AtomicBoolean();

        FakeReading(Connection connection, String prefix, InsightsListener heard) {
            this.connection = connection;
            this.prefix = prefix;
            this.heard = heard;
        }

        @Override
        public void reset() {
            resets.incrementAndGet();
        }

        @Override
        public void close() {
            var gate = closeGate;
            if (gate != null) {
                waitFor(gate);
            }
            try {
                Thread.sleep(closeTakesMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            isClosed.set(true);
            closed.set(true);
        }
    }

    private static void waitFor(CountDownLatch gate) {
        var interrupted = false;
        while (true) {
            try {
                gate.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A source with two pipelines, "demo" and "clicks"; any other prefix has no topics. */
    private final InsightsSource source = new InsightsSource() {
        @Override
        public List<String> prefixes(Connection connection) {
            return List.of("demo");
        }

        @Override
        public Reading start(Connection connection, PipelineTopics topics, StartAt from, InsightsListener heard) {
            if (!topics.prefix().equals("demo") && !topics.prefix().equals("clicks")) {
                throw new InsightsException(InsightsException.Reason.NOT_FOUND,
                        "No topic " + topics.prefix() + ".pin, .geo or .user on this cluster.");
            }
            var gate = startGate;
            if (gate != null) {
                waitFor(gate);
            }
            var reading = new FakeReading(connection, topics.prefix(), heard);
            opened.add(reading);
            listener.set(heard);
            return reading;
        }
    };

    private final InsightsViewModel model = new InsightsViewModel(
            new ConnectionList(new ConnectionCatalog(() -> Optional.of("localhost:1"), () -> 1),
                    new Async(background, fx, new BackgroundWork()), "none"),
            new Async(background, fx, new BackgroundWork()), source, () -> Optional.of("emulated"));

    @AfterEach
    void shutDown() {
        fx.shutdownNow();
        background.shutdownNow();
    }

    private <T> T onFx(Callable<T> read) throws Exception {
        return fx.submit(read).get();
    }

    private void startDemo() throws Exception {
        onFx(() -> {
            model.openTarget(Navigator.Target.connection(sandbox).prefix("demo"), true);
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> model.runningProperty().get()));
    }

    @Test
    void theNewestSnapshotShowsAtTheNextTickAndNoneQueueUp() throws Exception {
        startDemo();
        assertThat(onFx(() -> model.emptyText().get())).isEqualTo("Start to read demo.pin, .geo and .user");
        listener.get().snapshot(Snapshots.withCountries(10, List.of(List.of("Albania", "art", 3L))));
        listener.get().snapshot(Snapshots.withCountries(20, List.of(List.of("Albania", "art", 12L),
                List.of("Chad", "travel", 4L))));
        assertThat(onFx(() -> model.snapshotProperty().get())).as("nothing before the tick").isNull();

        onFx(() -> {
            model.drain();
            return null;
        });

        var shown = onFx(() -> model.snapshotProperty().get());
        assertThat(Headlines.of(shown.result(io.pinpipe.insights.Query.CATEGORY_PER_COUNTRY))).isEqualTo("Albania · art (12)");
        var words = onFx(() -> model.statusProperty().get());
        assertThat(words.read()).isEqualTo("Read 20 posts · 20 geolocations · 19 users");
        assertThat(words.issues()).isEqualTo("1 unreadable · 2 cleaning issues");
        assertThat(words.issuesDetail()).contains("2 × follower_count is not a number: 12x").contains("1 × not JSON");
        assertThat(words.offsetsDetail()).isEqualTo("demo.pin [0]: at 20 of 25");
        assertThat(onFx(() -> model.activity().get())).isEqualTo("Live");
    }

    @Test
    void stopKeepsTheAnswersIgnoresLateOnesAndResetClearsThem() throws Exception {
        startDemo();
        var heard = listener.get();
        heard.snapshot(Snapshots.withCountries(5, List.of(List.of("Albania", "art", 2L))));
        onFx(() -> {
            model.drain();
            model.stop();
            return null;
        });
        await().atMost(Duration.ofSeconds(5)).untilTrue(closed);
        heard.snapshot(Snapshots.withCountries(50, List.of(List.of("Albania", "art", 40L))));
        onFx(() -> {
            model.drain();
            return null;
        });
        assertThat(onFx(() -> model.snapshotProperty().get().status().rowsJoined())).isEqualTo(3);
        assertThat(onFx(() -> model.activity().get())).isEmpty();

        onFx(() -> {
            model.reset();
            return null;
        });
        assertThat(onFx(() -> model.snapshotProperty().get())).isNull();
        assertThat(resets).as("nothing runs to read again").hasValue(0);
    }

    @Test
    void aPrefixWithoutTopicsIsSaidNextToTheFieldAndNothingStarts() throws Exception {
        onFx(() -> {
            model.openTarget(Navigator.Target.connection(sandbox), false);
            model.prefixProperty().set("nothing");
            model.start();
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> !onFx(() -> model.prefixProblemProperty().get()).isEmpty());
        assertThat(onFx(() -> model.prefixProblemProperty().get())).isEqualTo("No topic nothing.pin, .geo or .user on this cluster.");
        assertThat(onFx(() -> model.runningProperty().get())).isFalse();

        onFx(() -> {
            model.prefixProperty().set(" ");
            model.start();
            return null;
        });
        assertThat(onFx(() -> model.prefixProblemProperty().get())).startsWith("Give the pipeline's topic prefix");
    }

    @Test
    void thePipelinesOfTheConnectionAndTheEmulatorsPrefixAreOffered() throws Exception {
        onFx(() -> {
            model.openTarget(Navigator.Target.connection(sandbox), false);
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> List.copyOf(model.prefixes())).size() == 2);
        assertThat(onFx(() -> List.copyOf(model.prefixes()))).containsExactly("demo", "emulated");
        assertThat(onFx(() -> model.prefixProperty().get())).isEqualTo("demo");
    }

    private void tick() throws Exception {
        onFx(() -> {
            model.drain();
            return null;
        });
    }

    private FakeReading awaitOpened(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> opened.size() >= count);
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> model.runningProperty().get()));
        return opened.get(count - 1);
    }

    @Test
    void aRunThatEndsByItselfIsNoLongerLiveAndSaysWhyInTheBanner() throws Exception {
        startDemo();
        var heard = listener.get();
        heard.snapshot(Snapshots.withCountries(5, List.of(List.of("Albania", "art", 2L))));
        heard.stopped("Reading stopped: Java heap space. Start again to read from the run's start.");

        tick();

        assertThat(onFx(() -> model.runningProperty().get())).as("not running any more").isFalse();
        assertThat(onFx(() -> model.activity().get())).as("the Live badge is off").isEmpty();
        assertThat(onFx(() -> model.errorProperty().get())).isEqualTo(
                "Reading stopped: Java heap space. Start again to read from the run's start.");
        assertThat(onFx(() -> model.snapshotProperty().get().status().rowsJoined())).as("its last answers stay").isEqualTo(3);
        await().atMost(Duration.ofSeconds(5)).untilTrue(closed);

        onFx(() -> {
            model.start();
            return null;
        });
        awaitOpened(2);
        assertThat(onFx(() -> model.errorProperty().get())).as("Start again clears it").isEmpty();
    }

    @Test
    void aSnapshotTheOldRunDeliversAfterResetIsNotShown() throws Exception {
        startDemo();
        var old = opened.get(0);
        old.heard.snapshot(Snapshots.withCountries(5, List.of(List.of("Albania", "art", 2L))));
        tick();

        onFx(() -> {
            model.reset();
            return null;
        });
        var fresh = awaitOpened(2);
        assertThat(onFx(() -> model.snapshotProperty().get())).isNull();
        old.heard.snapshot(Snapshots.withCountries(50, List.of(List.of("Albania", "art", 40L))));
        tick();
        assertThat(onFx(() -> model.snapshotProperty().get())).as("the old run's answer after Reset").isNull();

        fresh.heard.snapshot(Snapshots.withCountries(4, List.of(List.of("Chad", "art", 1L))));
        tick();
        assertThat(onFx(() -> model.snapshotProperty().get().status().rowsJoined())).isEqualTo(2);
        assertThat(fresh.prefix).isEqualTo("demo");
        assertThat(fresh.connection).isEqualTo(sandbox);
        await().atMost(Duration.ofSeconds(5)).untilTrue(old.isClosed);
    }

    @Test
    void aProblemFromAStoppedRunNeverOverwritesTheNewRuns() throws Exception {
        startDemo();
        var old = opened.get(0);
        onFx(() -> {
            model.stop();
            model.start();
            return null;
        });
        var fresh = awaitOpened(2);
        var done = new AtomicBoolean();
        var stale = new Thread(() -> {
            while (!done.get()) {
                old.heard.problem("The old run's broker is unreachable");
            }
        });
        stale.start();
        try {
            for (var k = 0; k < 400; k++) {
                var sentence = "Reading from sandbox stalled (" + k + ")";
                fresh.heard.problem(sentence);
                assertThat(onFx(() -> {
                    model.drain();
                    return model.problemProperty().get();
                })).isEqualTo(sentence);
            }
        } finally {
            done.set(true);
            stale.join();
        }
    }

    @Test
    void changingTheConnectionWhileRunningStopsTheRun() throws Exception {
        startDemo();
        onFx(() -> {
            model.connections().chosen().set(Connection.localSandbox("localhost:2"));
            return null;
        });
        assertThat(onFx(() -> model.runningProperty().get())).as("no longer reading the other cluster").isFalse();
        await().atMost(Duration.ofSeconds(5)).untilTrue(opened.get(0).isClosed);
    }

    @Test
    void readingTheConnectionsAgainKeepsTheRunOnTheSameCluster() throws Exception {
        startDemo();
        var running = onFx(() -> model.connections().chosen().get());
        onFx(() -> {
            // The catalog read again: the picker empties for a moment, then names the same servers another way.
            model.connections().chosen().set(null);
            model.connections().chosen().set(running.withName("Sandbox"));
            return null;
        });
        assertThat(onFx(() -> model.runningProperty().get())).as("still reading the same cluster").isTrue();
        assertThat(opened.get(0).isClosed).isFalse();
    }

    @Test
    void openInsightsWhileAStartIsGoingRestartsWithTheTargetsPrefix() throws Exception {
        startGate = new CountDownLatch(1);
        onFx(() -> {
            model.openTarget(Navigator.Target.connection(sandbox).prefix("demo"), true);
            return null;
        });
        assertThat(onFx(() -> model.startingProperty().get())).isTrue();
        onFx(() -> {
            model.openTarget(Navigator.Target.connection(sandbox).prefix("clicks"), true);
            return null;
        });
        startGate.countDown();

        await().atMost(Duration.ofSeconds(10)).until(() -> opened.stream().anyMatch(r -> r.prefix.equals("clicks")));
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> model.runningProperty().get()));
        assertThat(onFx(() -> model.prefixProperty().get())).isEqualTo("clicks");
        await().atMost(Duration.ofSeconds(5)).until(() -> opened.stream().filter(r -> r.prefix.equals("demo"))
                .allMatch(r -> r.isClosed.get()));
        assertThat(opened.stream().filter(r -> r.prefix.equals("clicks")).findFirst().orElseThrow().isClosed).isFalse();
    }

    @Test
    void openInsightsForTheSamePrefixOnAnotherConnectionReadsThatConnection() throws Exception {
        startDemo();
        var staging = Connection.localSandbox("localhost:2");
        onFx(() -> {
            model.openTarget(Navigator.Target.connection(staging).prefix("demo"), true);
            return null;
        });
        var fresh = awaitOpened(2);
        assertThat(fresh.connection).isEqualTo(staging);
        assertThat(onFx(() -> model.connections().chosen().get())).isEqualTo(staging);
        await().atMost(Duration.ofSeconds(5)).untilTrue(opened.get(0).isClosed);
    }

    @Test
    void closingTheWindowClosesTheRunBeforeReturningButWaitsOnlyShortly() throws Exception {
        startDemo();
        closeTakesMillis = 300;
        onFx(() -> {
            model.close();
            return null;
        });
        assertThat(opened.get(0).isClosed).as("closed when close returns").isTrue();
        assertThat(onFx(() -> model.runningProperty().get())).isFalse();

        onFx(() -> {
            model.start();
            return null;
        });
        awaitOpened(2);
        closeTakesMillis = 0;
        closeGate = new CountDownLatch(1);
        try {
            var began = System.nanoTime();
            onFx(() -> {
                model.close();
                return null;
            });
            assertThat(Duration.ofNanos(System.nanoTime() - began)).as("a run that hangs does not hold the exit")
                    .isLessThan(InsightsViewModel.CLOSE_WAIT.plusSeconds(5));
        } finally {
            closeGate.countDown();
        }
    }
}
