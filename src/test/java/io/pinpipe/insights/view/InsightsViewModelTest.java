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

    /** A source with one pipeline, "demo"; any other prefix has no topics. */
    private final InsightsSource source = new InsightsSource() {
        @Override
        public List<String> prefixes(Connection connection) {
            return List.of("demo");
        }

        @Override
        public Reading start(Connection connection, PipelineTopics topics, StartAt from, InsightsListener heard) {
            if (!topics.prefix().equals("demo")) {
                throw new InsightsException(InsightsException.Reason.NOT_FOUND,
                        "No topic " + topics.prefix() + ".pin, .geo or .user on this cluster.");
            }
            listener.set(heard);
            return new Reading() {
                @Override
                public void reset() {
                    resets.incrementAndGet();
                }

                @Override
                public void close() {
                    closed.set(true);
                }
            };
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
}
