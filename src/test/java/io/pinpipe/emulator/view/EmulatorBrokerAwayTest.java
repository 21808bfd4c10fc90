package io.pinpipe.emulator.view;

import io.pinpipe.client.KafkaConnections;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.emulator.RestartableKafka;
import io.pinpipe.emulator.SandboxSource;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** While the broker is away the pane says it waits for it, and the run goes on by itself once it is back. */
@Tag("slow")
class EmulatorBrokerAwayTest {

    @TempDir
    Path home;

    private io.pinpipe.client.ClusterClients clients;

    @Test
    void theRunWaitsForTheBrokerAndThenAccountsForEveryRecord() throws Exception {
        var fx = Executors.newSingleThreadExecutor();
        var background = Executors.newCachedThreadPool();
        try (var broker = new RestartableKafka(home.resolve("broker"))) {
            var database = SandboxSource.create(home);
            var catalog = new ConnectionCatalog(() -> Optional.of(broker.bootstrap()), () -> 9092);
            var kafka = KafkaConnections.over(catalog, c -> SecretSource.none());
            clients = kafka.clients();
            var model = call(fx, () -> new EmulatorViewModel(kafka, database,
                    (then, failed) -> then.run(), new Async(background, fx, new BackgroundWork()), n -> null,
                    RunMemory.NONE));
            call(fx, () -> {
                model.open();
                return null;
            });
            await().until(() -> call(fx, () -> model.form().connectionProperty().get()) != null);
            call(fx, () -> {
                model.form().prefixProperty().set("away");
                model.form().paceProperty().set(EmulatorForm.PaceKind.RATE);
                model.form().rateProperty().set("100");
                model.start();
                return null;
            });
            awaitPhase(fx, model, RunPhase.RUNNING);
            await().atMost(Duration.ofSeconds(30)).until(() -> tick(fx, model).ackedProperty().get() > 100);

            broker.stop();
            awaitPhase(fx, model, RunPhase.SINK_WAITING);
            assertThat(model.errorProperty().get()).contains("none acknowledged for 5 s: is the broker up?");

            broker.start();
            awaitPhase(fx, model, RunPhase.RUNNING);
            var acked = model.counters().ackedProperty().get();
            await().atMost(Duration.ofSeconds(30)).until(() -> tick(fx, model).ackedProperty().get() > acked + 100);
            call(fx, () -> {
                model.stop();
                return null;
            });
            awaitPhase(fx, model, RunPhase.FINISHED);

            var counters = model.counters();
            assertThat(counters.ackedProperty().get() + counters.failedProperty().get())
                    .isEqualTo(counters.sampledProperty().get());
            assertThat(EmulatorPaneTest.recordsIn(broker.bootstrap(), java.util.List.of("away.pin", "away.geo", "away.user")))
                    .isEqualTo(counters.ackedProperty().get());
        } finally {
            fx.shutdownNow();
            background.shutdownNow();
            if (clients != null) {
                clients.close();
            }
        }
    }

    private static LiveCounters tick(java.util.concurrent.ExecutorService fx, EmulatorViewModel model) throws Exception {
        return call(fx, () -> {
            model.tick();
            return model.counters();
        });
    }

    private static void awaitPhase(java.util.concurrent.ExecutorService fx, EmulatorViewModel model, RunPhase wanted) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> call(fx, () -> {
            model.tick();
            return model.phaseProperty().get();
        }) == wanted);
    }

    private static <T> T call(java.util.concurrent.ExecutorService fx, Callable<T> action) throws Exception {
        return fx.submit(action).get();
    }
}
