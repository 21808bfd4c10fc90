package io.pinpipe.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The engine's run loop against a real database, with a sink that acknowledges at once. */
class EmulatorEngineTest {

    private static H2Server database;

    @BeforeAll
    static void startDatabase() throws SQLException {
        database = new H2Server("engine", 200);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    private final List<EmulatorState> states = new CopyOnWriteArrayList<>();
    private final EmulatorListener recordStates = new EmulatorListener() {
        @Override
        public void stateChanged(EmulatorState state) {
            states.add(state);
        }
    };

    @Test
    void aCountLimitEndsTheRunWithEveryRowAccounted() throws Exception {
        var stats = new EmulatorStats("t");
        var sink = new RecordingSink(stats);
        var engine = engine(sink, stats, new EmulatorSettings(new Pacing.Max(), new Limit.Count(25), 3));
        engine.start();
        var summary = engine.finished().get(20, TimeUnit.SECONDS);

        assertThat(summary.stats().events()).isEqualTo(25);
        assertThat(summary.stats().sampled()).isEqualTo(75).isEqualTo(summary.stats().acked());
        assertThat(summary.clean()).isTrue();
        assertThat(sink.closed).isTrue();
        var sampler = new IdSampler(3, 200);
        assertThat(sink.events).extracting(EmulatorEvent::id).containsExactly(
                java.util.stream.IntStream.range(0, 25).map(i -> sampler.next()).boxed().toArray(Integer[]::new));
        assertThat(states).first().isInstanceOf(EmulatorState.Running.class);
        assertThat(states).last().isInstanceOf(EmulatorState.Finished.class);
        assertThat(states).anyMatch(EmulatorState.Stopping.class::isInstance);
    }

    @Test
    void aRateSpacesEventsEvenly() throws Exception {
        var stats = new EmulatorStats("t");
        var engine = engine(new RecordingSink(stats), stats,
                new EmulatorSettings(new Pacing.Rate(40), new Limit.Within(Duration.ofMillis(1_000)), 1));
        engine.start();
        var summary = engine.finished().get(20, TimeUnit.SECONDS);
        // Never faster than the rate; slower only as far as a busy machine makes it. The run ends at its limit.
        assertThat(summary.stats().events()).isBetween(20L, 45L);
        assertThat(summary.elapsed()).isBetween(Duration.ofMillis(950), Duration.ofSeconds(10));
    }

    @Test
    void pauseHoldsTheRunAndStopEndsIt() throws Exception {
        var stats = new EmulatorStats("t");
        var engine = engine(new RecordingSink(stats), stats,
                new EmulatorSettings(new Pacing.Rate(200), new Limit.None(), 1));
        engine.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> engine.stats().events() > 10);
        engine.pause();
        await().atMost(Duration.ofSeconds(20)).until(() -> engine.state() instanceof EmulatorState.Paused);
        var whilePaused = engine.stats().events();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10)).until(() -> engine.stats().events() == whilePaused);
        engine.resume();
        await().atMost(Duration.ofSeconds(20)).until(() -> engine.stats().events() > whilePaused + 5);
        engine.stop();
        var summary = engine.finished().get(10, TimeUnit.SECONDS);

        assertThat(engine.state()).isInstanceOf(EmulatorState.Finished.class);
        assertThat(summary.stats().sampled()).isEqualTo(summary.stats().acked());
    }

    @Test
    void idsPastTheEndOfATableAreCountedAsMissingNotSent() throws Exception {
        var stats = new EmulatorStats("t");
        var sink = new RecordingSink(stats);
        RunSummary summary;
        try (var partial = new H2Server("partial", 200)) {
            try (var connection = java.sql.DriverManager.getConnection(partial.url(), "sa", "");
                 var statement = connection.createStatement()) {
                statement.execute("DELETE FROM user_data WHERE ind >= 100");
            }
            var engine = new EmulatorEngine(RowSource.open(partial.settings()), sink, stats,
                    new EmulatorSettings(new Pacing.Max(), new Limit.Count(50), 5), recordStates);
            engine.start();
            summary = engine.finished().get(20, TimeUnit.SECONDS);
        }
        var missing = sink.events.stream().filter(event -> event.id() >= 100).count();

        assertThat(missing).isPositive();
        assertThat(summary.stats().topic(SourceTable.USER).missing()).isEqualTo(missing);
        assertThat(summary.stats().topic(SourceTable.USER).sampled()).isEqualTo(50 - missing);
        assertThat(summary.stats().topic(SourceTable.PIN).sampled()).isEqualTo(50);
    }

    @Test
    void whenTheDatabaseGoesAwayTheRunSaysSoRetriesAndResumesByItself() throws Exception {
        var stats = new EmulatorStats("t");
        try (var flaky = new H2Server("flaky", 200)) {
            var engine = new EmulatorEngine(RowSource.open(flaky.settings()), new RecordingSink(stats), stats,
                    new EmulatorSettings(new Pacing.Rate(50), new Limit.None(), 1), recordStates);
            engine.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> engine.stats().events() > 5);
            flaky.stop();
            await().atMost(Duration.ofSeconds(20)).until(() -> engine.state() instanceof EmulatorState.SourceUnavailable);
            var unavailable = (EmulatorState.SourceUnavailable) engine.state();
            assertThat(unavailable.message()).startsWith("Source unavailable, retrying in ");
            var before = engine.stats().events();
            flaky.restart();
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.state() instanceof EmulatorState.Running
                    && engine.stats().events() > before + 5);
            engine.stop();
            var summary = engine.finished().get(10, TimeUnit.SECONDS);
            assertThat(summary.stats().sampled()).isEqualTo(summary.stats().acked());
        }
    }

    private EmulatorEngine engine(EventSink sink, EmulatorStats stats, EmulatorSettings settings) {
        return new EmulatorEngine(RowSource.open(database.settings()), sink, stats, settings, recordStates);
    }
}
