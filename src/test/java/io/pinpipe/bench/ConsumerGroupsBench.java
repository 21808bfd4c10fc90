package io.pinpipe.bench;

import io.pinpipe.client.ClusterClients;
import io.pinpipe.client.KafkaConnections;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.consumers.GroupAdmin;
import io.pinpipe.consumers.GroupSummary;
import io.pinpipe.consumers.view.ConsumersView;
import io.pinpipe.consumers.view.ConsumersViewModel;
import io.pinpipe.settings.Theme;
import io.pinpipe.testing.FxProbe;
import io.pinpipe.testing.PrivateKafka;
import io.pinpipe.testing.RecordingNavigator;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import io.pinpipe.ui.ThemeApplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.tools.consumer.group.KafkaGroupTool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * Benchmark 5: the consumer groups of a big cluster, 1,000 groups over 10,000 partitions (1,000 topics of 10
 * partitions, each group committed on one topic's partitions, a few messages per partition so every group lags), read
 * with lag by Pinpipe against Kafka's own {@code kafka-consumer-groups.sh --describe --all-groups}
 * ({@code ConsumerGroupCommand} in this JVM, its printing captured), alternating rounds against one broker. The
 * Consumers pane is timed too (headless, Monocle, 1280x800): from Refresh to every group in the table with its lag,
 * then to every lag in time read, with the FX thread's longest wait meanwhile.
 */
public final class ConsumerGroupsBench {

    private static final int PARTITIONS_PER_TOPIC = 10;
    private static final int MESSAGES_PER_PARTITION = 3;

    private ConsumerGroupsBench() {
    }

    public static void main(String[] args) throws Exception {
        var groups = Integer.parseInt(System.getenv().getOrDefault("BENCH_GROUPS", "1000"));
        var partitions = Integer.parseInt(System.getenv().getOrDefault("BENCH_PARTITIONS", "10000"));
        var rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "3"));
        System.out.println(Machine.describe());
        try (var kafka = PrivateKafka.start(); var gc = new GcPauses()) {
            var bootstrap = kafka.broker().bootstrap();
            createGroups(bootstrap, groups, partitions / PARTITIONS_PER_TOPIC);
            var tool = new ArrayList<Double>();
            var pinpipe = new ArrayList<Double>();
            var panes = new ArrayList<PaneFill>();
            var requests = 0;
            FxToolkit.registerPrimaryStage();
            warmUpTheToolkit();
            var background = Executors.newCachedThreadPool();
            tool(bootstrap, groups);
            pinpipe(bootstrap, groups);
            paneFill(bootstrap, groups, background, gc);
            for (var round = 1; round <= rounds; round++) {
                GroupsRead ours;
                double theirs;
                if (round % 2 == 1) {
                    theirs = tool(bootstrap, groups);
                    ours = pinpipe(bootstrap, groups);
                } else {
                    ours = pinpipe(bootstrap, groups);
                    theirs = tool(bootstrap, groups);
                }
                var pane = paneFill(bootstrap, groups, background, gc);
                tool.add(theirs);
                pinpipe.add(ours.millis());
                panes.add(pane);
                requests = ours.requests();
                System.out.printf(Locale.ROOT, "round %d: kafka-consumer-groups --describe --all-groups %.0f ms; "
                        + "Pinpipe's groups with lag %.0f ms in %d requests; %s%n", round, theirs, ours.millis(),
                        ours.requests(), pane.describe());
            }
            background.shutdownNow();
            var t = Median.of(tool);
            var p = Median.of(pinpipe);
            var f = Median.of(panes.stream().map(PaneFill::filledMillis).toList());
            var l = Median.of(panes.stream().map(PaneFill::timeLagMillis).toList());
            var stall = panes.stream().mapToDouble(PaneFill::longestWaitMillis).max().orElse(0);
            System.out.printf(Locale.ROOT, "RESULT %d groups over %d partitions: kafka-consumer-groups.sh --describe "
                    + "--all-groups %.0f ms, Pinpipe's groups with lag (service) %.0f ms, ratio %.3f; the Consumers pane "
                    + "filled with lag %.0f ms, ratio %.3f; lag in time %.0f ms more; longest FX-thread wait in any round "
                    + "%.0f ms; Pinpipe sent %d requests (medians)%n", groups, partitions, t, p, p / t, f, f / t, l, stall,
                    requests);
            FxToolkit.cleanupStages();
        }
        Platform.exit();
        System.exit(0);
    }

    private record GroupsRead(double millis, int requests) {
    }

    /** The pane's two phases: to the table filled with lag, then to every lag in time; each with its FX waits and GC. */
    private record PaneFill(double filledMillis, FxProbe.Waits fillWaits, GcPauses.Summary fillGc,
                            double timeLagMillis, FxProbe.Waits lagWaits, GcPauses.Summary lagGc) {

        double longestWaitMillis() {
            return Math.max(millis(fillWaits.longest()), millis(lagWaits.longest()));
        }

        String describe() {
            return String.format(Locale.ROOT, "the Consumers pane filled with lag in %.0f ms (FX thread's longest wait "
                    + "%.0f ms; GC longest pause %d ms), lag in time read %.0f ms later (FX longest wait %.0f ms; GC "
                    + "longest pause %d ms)", filledMillis, millis(fillWaits.longest()), fillGc.longestMillis(),
                    timeLagMillis, millis(lagWaits.longest()), lagGc.longestMillis());
        }

        private static double millis(Duration duration) {
            return duration.toNanos() / 1e6;
        }
    }

    /**
     * A fresh view model, view and client (as the raw sides have), shown at 1280x800; timed from Refresh to every
     * group in the table with its lag and loading done, then to every lag in time read.
     */
    private static PaneFill paneFill(String bootstrap, int groups, ExecutorService background, GcPauses gc)
            throws Exception {
        var catalog = new ConnectionCatalog(() -> Optional.of(bootstrap), () -> 9092);
        var clients = new ClusterClients(connection -> {
            var properties = new Properties();
            properties.setProperty("bootstrap.servers", connection.bootstrap());
            return properties;
        });
        var model = new ConsumersViewModel(new KafkaConnections(catalog, clients, connection -> SecretSource.none()),
                new Async(background, Platform::runLater, new BackgroundWork()), new RecordingNavigator(),
                Duration.ofSeconds(5));
        var table = new AtomicReference<TableView<?>>();
        FxProbe probe = null;
        try {
            FxToolkit.setupStage(window -> {
                var scene = new Scene(new ConsumersView("Consumers", "", model), 1280, 800);
                ThemeApplier.apply(Theme.LIGHT, scene);
                window.setScene(scene);
                window.show();
                table.set((TableView<?>) scene.lookup("#consumers-table"));
            });
            probe = new FxProbe().start();
            var started = System.nanoTime();
            Platform.runLater(model::open);
            var deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (!filled(table.get(), model, groups)) {
                waitUntil(deadline, "The pane did not fill");
            }
            var filled = System.nanoTime();
            var fillWaits = probe.stop();
            var fillGc = gc.since(started);
            probe = new FxProbe().start();
            while (!timeLagsRead(model)) {
                waitUntil(deadline, "The pane did not read the lags in time");
            }
            var read = System.nanoTime();
            var lagWaits = probe.stop();
            return new PaneFill((filled - started) / 1e6, fillWaits, fillGc, (read - filled) / 1e6, lagWaits,
                    gc.since(filled));
        } finally {
            if (probe != null) {
                probe.stop();
            }
            clients.close();
        }
    }

    private static boolean filled(TableView<?> table, ConsumersViewModel model, int groups) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table.getItems().size() == groups && !model.loadingProperty().get()
                && model.groups().stream().allMatch(group -> group.totalLag().isPresent())).get();
    }

    private static boolean timeLagsRead(ConsumersViewModel model) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> model.groups().stream()
                .map(GroupSummary::timeLag).noneMatch(lag -> lag.why().equals("not read yet"))).get();
    }

    private static void waitUntil(long deadline, String failure) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(failure + " within 5 minutes");
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }

    /** The theme's stylesheet parsed once before measuring, as the running app has long done by then. */
    private static void warmUpTheToolkit() throws Exception {
        FxToolkit.setupStage(window -> {
            var warmUp = new Scene(new Label("warming up"), 1280, 800);
            ThemeApplier.apply(Theme.LIGHT, warmUp);
            window.setScene(warmUp);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What a person at a terminal gets: every group described, one table each, from a fresh JVM-side client. */
    private static double tool(String bootstrap, int groups) {
        var started = System.nanoTime();
        var printed = KafkaGroupTool.run("--bootstrap-server", bootstrap, "--describe", "--all-groups");
        var millis = (System.nanoTime() - started) / 1e6;
        var described = printed.lines().filter(line -> line.startsWith("GROUP ")).count();
        if (described != groups) {
            throw new IllegalStateException("The tool described " + described + " of " + groups + " groups");
        }
        return millis;
    }

    /** Pinpipe's service on a fresh client: every group with state, members, topics and total lag. */
    private static GroupsRead pinpipe(String bootstrap, int groups) {
        var properties = new Properties();
        properties.setProperty("bootstrap.servers", bootstrap);
        var started = System.nanoTime();
        try (var admin = GroupAdmin.connect(properties, bootstrap, Duration.ofMinutes(2))) {
            var overview = admin.listGroups(() -> false);
            var millis = (System.nanoTime() - started) / 1e6;
            var lagging = overview.groups().stream().filter(group -> group.totalLag().orElse(0) > 0).count();
            if (lagging != groups) {
                throw new IllegalStateException("Pinpipe read the lag of " + lagging + " of " + groups + " groups");
            }
            return new GroupsRead(millis, overview.roundTrips());
        }
    }

    private static void createGroups(String bootstrap, int groups, int topics) throws Exception {
        var started = System.nanoTime();
        try (var admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            List<String> names = IntStream.range(0, topics).mapToObj(i -> String.format(Locale.ROOT, "lag-%04d", i)).toList();
            for (var start = 0; start < topics; start += 200) {
                admin.createTopics(names.subList(start, Math.min(topics, start + 200)).stream()
                        .map(name -> new NewTopic(name, PARTITIONS_PER_TOPIC, (short) 1)).toList()).all().get(5, TimeUnit.MINUTES);
            }
            while (admin.listTopics().names().get().size() < topics) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
            produce(bootstrap, names);
            var commits = new ArrayList<KafkaFuture<Void>>();
            for (var group = 0; group < groups; group++) {
                var topic = names.get(group % topics);
                var offsets = new HashMap<TopicPartition, OffsetAndMetadata>();
                for (var partition = 0; partition < PARTITIONS_PER_TOPIC; partition++) {
                    offsets.put(new TopicPartition(topic, partition), new OffsetAndMetadata(group % MESSAGES_PER_PARTITION));
                }
                commits.add(admin.alterConsumerGroupOffsets(String.format(Locale.ROOT, "bench-group-%04d", group), offsets).all());
            }
            KafkaFuture.allOf(commits.toArray(KafkaFuture[]::new)).get(5, TimeUnit.MINUTES);
        }
        System.out.printf(Locale.ROOT, "broker: in-process KRaft (PrivateKafka); %d topics of %d partitions, %d messages "
                        + "each, %d groups committed in %.0f s%n", topics, PARTITIONS_PER_TOPIC, MESSAGES_PER_PARTITION, groups,
                (System.nanoTime() - started) / 1e9);
    }

    private static void produce(String bootstrap, List<String> topics) throws Exception {
        var config = Map.<String, Object>of("bootstrap.servers", bootstrap, "linger.ms", 20, "acks", "1");
        try (var producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            var value = "{\"bench\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (var topic : topics) {
                for (var partition = 0; partition < PARTITIONS_PER_TOPIC; partition++) {
                    for (var message = 0; message < MESSAGES_PER_PARTITION; message++) {
                        producer.send(new ProducerRecord<>(topic, partition, null, value));
                    }
                }
            }
            producer.flush();
        }
    }
}
