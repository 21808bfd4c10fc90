package io.pinpipe.emulator.view;

import io.pinpipe.client.ClusterClients;
import io.pinpipe.client.KafkaConnections;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.emulator.SandboxSource;
import io.pinpipe.emulator.SourceTable;
import io.pinpipe.sandbox.SampleDatabase;
import io.pinpipe.testing.ClosedPort;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The pane's model without the pane: real sample database, real broker, the FX thread played by one executor. */
@ExtendWith(EmbeddedKafkaExtension.class)
class EmulatorViewModelTest {

    @TempDir
    static Path home;
    private static SampleDatabase database;

    private final KafkaBroker broker;
    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final ExecutorService background = Executors.newCachedThreadPool();
    private final EmulatorViewModel model;

    EmulatorViewModelTest(KafkaBroker broker) throws Exception {
        this.broker = broker;
        this.model = onFx(() -> modelFor(broker.bootstrap()));
    }

    @BeforeAll
    static void createTheSampleDatabase() {
        database = SandboxSource.create(home);
    }

    @org.junit.jupiter.api.BeforeEach
    void awaitTheConnections() {
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> model.form().connectionProperty().get()) != null);
    }

    private final java.util.List<ClusterClients> clients = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        onFx(() -> {
            model.stop();
            return null;
        });
        fx.shutdownNow();
        background.shutdownNow();
        clients.forEach(ClusterClients::close);
    }

    @Test
    void aCountedRunEndsFinishedWithEveryRecordAckedAndTheNewestRowsShown() throws Exception {
        onFx(() -> {
            model.form().prefixProperty().set("counted");
            model.form().paceProperty().set(EmulatorForm.PaceKind.MAX);
            model.form().limitProperty().set(EmulatorForm.LimitKind.COUNT);
            model.form().countProperty().set("500");
            model.start();
            return null;
        });
        awaitPhase(RunPhase.FINISHED, Duration.ofSeconds(60));

        var counters = model.counters();
        assertThat(counters.eventsProperty().get()).isEqualTo(500);
        assertThat(counters.ackedProperty().get()).isEqualTo(counters.sampledProperty().get())
                .isEqualTo(1500 - counters.missingProperty().get());
        assertThat(counters.failedProperty().get()).isZero();
        assertThat(model.rows().rows(SourceTable.PIN)).hasSize(EmulatorViewModel.ROWS_SHOWN);
        assertThat(model.messageProperty().get()).startsWith("500 events in ").contains(" records acknowledged, 0 failed");
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void closingTheAppMidRunFlushesWhatIsInFlightFirst() throws Exception {
        onFx(() -> {
            model.form().prefixProperty().set("closing");
            model.form().paceProperty().set(EmulatorForm.PaceKind.RATE);
            model.form().rateProperty().set("500");
            model.start();
            return null;
        });
        awaitPhase(RunPhase.RUNNING, Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> onFx(() -> {
            model.tick();
            return model.counters().ackedProperty().get();
        }) > 300);

        model.close();

        awaitPhase(RunPhase.FINISHED, Duration.ofSeconds(5));
        var acked = model.counters().ackedProperty().get();
        assertThat(acked).isEqualTo(3 * model.counters().eventsProperty().get());
        assertThat(EmulatorPaneTest.recordsIn(broker.bootstrap(), java.util.List.of("closing.pin", "closing.geo", "closing.user")))
                .isEqualTo(acked);
    }

    @Test
    void throughARestProxyEveryRecordIsAckedAndARefusalIsCountedWithItsMessage() throws Exception {
        var refuse = new java.util.concurrent.atomic.AtomicBoolean(false);
        var keys = new java.util.concurrent.CopyOnWriteArrayList<String>();
        var proxy = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/prod/topics/", exchange -> {
            keys.add(String.valueOf(exchange.getRequestHeaders().getFirst("x-api-key")));
            var records = new com.fasterxml.jackson.databind.ObjectMapper().readTree(exchange.getRequestBody()).path("records").size();
            var body = refuse.get() ? "{\"error_code\":40301,\"message\":\"Forbidden: bad API key\"}"
                    : "{\"offsets\":[" + String.join(",", java.util.Collections.nCopies(records, "{\"partition\":0,\"offset\":1}")) + "]}";
            var bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(refuse.get() ? 403 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        proxy.start();
        try {
            var url = "http://127.0.0.1:" + proxy.getAddress().getPort() + "/prod";
            onFx(() -> {
                model.form().sinkProperty().set(EmulatorForm.SinkKind.REST);
                model.form().restUrlProperty().set(url);
                model.form().apiKeyProperty().set("k3y");
                model.form().paceProperty().set(EmulatorForm.PaceKind.MAX);
                model.form().limitProperty().set(EmulatorForm.LimitKind.COUNT);
                model.form().countProperty().set("50");
                model.start();
                return null;
            });
            awaitPhase(RunPhase.FINISHED, Duration.ofSeconds(30));
            assertThat(model.counters().ackedProperty().get()).isEqualTo(150);
            assertThat(keys).isNotEmpty().allMatch("k3y"::equals);

            refuse.set(true);
            onFx(() -> {
                model.start();
                return null;
            });
            awaitPhase(RunPhase.FINISHED, Duration.ofSeconds(30));
            assertThat(model.counters().failedProperty().get()).isEqualTo(150);
            assertThat(model.errorProperty().get()).startsWith("150 records failed. Last reason: ").contains("403")
                    .contains("Forbidden: bad API key");
        } finally {
            proxy.stop(0);
        }
    }

    @Test
    void pauseHoldsTheCountsAndResumeGoesOn() throws Exception {
        onFx(() -> {
            model.form().prefixProperty().set("paused");
            model.form().paceProperty().set(EmulatorForm.PaceKind.RATE);
            model.form().rateProperty().set("200");
            model.start();
            return null;
        });
        awaitPhase(RunPhase.RUNNING, Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> events() > 50);

        onFx(() -> {
            model.pause();
            return null;
        });
        awaitPhase(RunPhase.PAUSED, Duration.ofSeconds(10));
        var held = events();
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(10)).until(() -> events() == held);

        onFx(() -> {
            model.resume();
            return null;
        });
        awaitPhase(RunPhase.RUNNING, Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(10)).until(() -> events() > held + 50);
    }

    private long events() throws Exception {
        return onFx(() -> {
            model.tick();
            return model.counters().eventsProperty().get();
        });
    }

    @Test
    void topicsTheRunCreatesGetThePartitionsAndReplicationFactorOfTheForm() throws Exception {
        onFx(() -> {
            model.form().prefixProperty().set("parted");
            model.form().partitionsProperty().set("3");
            model.form().replicationFactorProperty().set("1");
            model.form().paceProperty().set(EmulatorForm.PaceKind.MAX);
            model.form().limitProperty().set(EmulatorForm.LimitKind.COUNT);
            model.form().countProperty().set("30");
            model.start();
            return null;
        });
        awaitPhase(RunPhase.FINISHED, Duration.ofSeconds(60));

        try (var admin = org.apache.kafka.clients.admin.Admin.create(java.util.Map.of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap()))) {
            var topics = admin.describeTopics(java.util.List.of("parted.pin", "parted.geo", "parted.user")).allTopicNames().get();
            assertThat(topics.values()).allSatisfy(topic -> {
                assertThat(topic.partitions()).hasSize(3);
                assertThat(topic.partitions().get(0).replicas()).hasSize(1);
            });
        }
    }

    @Test
    void aRunIntoTheSandboxClaimsItUntilItEnds() throws Exception {
        var users = new java.util.concurrent.CopyOnWriteArrayList<String>();
        var claiming = onFx(() -> {
            var created = modelFor(broker.bootstrap(), what -> {
                users.add(what);
                return () -> users.remove(what);
            });
            return created;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> claiming.form().connectionProperty().get()) != null);
        onFx(() -> {
            claiming.form().prefixProperty().set("claimed");
            claiming.form().paceProperty().set(EmulatorForm.PaceKind.RATE);
            claiming.form().rateProperty().set("20");
            claiming.start();
            return null;
        });
        assertThat(users).containsExactly("The emulator is streaming into it");
        await().atMost(Duration.ofSeconds(30)).until(() -> onFx(() -> {
            claiming.tick();
            return claiming.phaseProperty().get();
        }) == RunPhase.RUNNING);
        assertThat(users).hasSize(1);

        onFx(() -> {
            claiming.stop();
            return null;
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> onFx(() -> {
            claiming.tick();
            return claiming.phaseProperty().get();
        }) == RunPhase.FINISHED);
        assertThat(users).as("released when the run ended").isEmpty();
    }

    @Test
    void missingTopicsAreNamedWhenTheRunMayNotCreateThem() throws Exception {
        onFx(() -> {
            model.form().prefixProperty().set("absent");
            model.form().createTopicsProperty().set(false);
            model.start();
            return null;
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> !onFx(() -> model.errorProperty().get()).isEmpty());

        assertThat(model.errorProperty().get()).contains("Topics absent.pin, absent.geo, absent.user not found at Local sandbox")
                .contains("tick \"Create missing topics\" to create them");
        assertThat(model.phaseProperty().get()).isEqualTo(RunPhase.IDLE);
    }

    @Test
    void anUnreachableDatabaseIsSaidInWordsAndNothingRuns() throws Exception {
        try (var closedPort = ClosedPort.open()) {
            var closed = closedPort.port();
            onFx(() -> {
                model.form().sourceProperty().set(EmulatorForm.SourceKind.MYSQL);
                model.form().jdbcUrlProperty().set("jdbc:mysql://127.0.0.1:" + closed + "/pinterest_data");
                model.start();
                return null;
            });
            await().atMost(Duration.ofSeconds(60)).until(() -> !onFx(() -> model.errorProperty().get()).isEmpty());

            assertThat(model.errorProperty().get()).contains("127.0.0.1:" + closed).doesNotContain("Exception");
            assertThat(model.phaseProperty().get()).isEqualTo(RunPhase.IDLE);
        }
    }

    private EmulatorViewModel modelFor(String bootstrap) {
        return modelFor(bootstrap, SandboxClaim.NONE);
    }

    private EmulatorViewModel modelFor(String bootstrap, SandboxClaim claim) {
        var catalog = new ConnectionCatalog(() -> Optional.of(bootstrap), () -> 9092);
        var async = new Async(background, fx, new BackgroundWork());
        var kafka = KafkaConnections.over(catalog, connection -> SecretSource.none());
        clients.add(kafka.clients());
        var created = new EmulatorViewModel(kafka, database,
                (then, failed) -> then.run(), claim, async, name -> null, RunMemory.NONE);
        created.open();
        return created;
    }

    /** Ticks on the "FX thread" like the view's timer, until the phase is reached. */
    private void awaitPhase(RunPhase wanted, Duration atMost) throws Exception {
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> onFx(() -> {
                model.tick();
                return model.phaseProperty().get();
            }) == wanted);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // Say where the run stood: a timeout alone does not tell a failed start from a stuck flush.
            throw new AssertionError(onFx(() -> "Not " + wanted + " within " + atMost + " but " + model.phaseProperty().get()
                    + "; message '" + model.messageProperty().get() + "', error '" + model.errorProperty().get()
                    + "', sent " + model.counters().sentProperty().get() + ", acked " + model.counters().ackedProperty().get()
                    + ", failed " + model.counters().failedProperty().get()), e);
        }
    }

    private <T> T onFx(Callable<T> action) throws Exception {
        return fx.submit(action).get();
    }
}
