package io.pinpipe.bench;

import io.pinpipe.testing.FxProbe;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.settings.Theme;
import io.pinpipe.testing.PrivateKafka;
import io.pinpipe.client.ClusterClients;
import io.pinpipe.client.KafkaConnections;
import io.pinpipe.testing.RecordingNavigator;
import io.pinpipe.topics.ListingProgress;
import io.pinpipe.topics.TopicAdmin;
import io.pinpipe.topics.view.TopicsView;
import io.pinpipe.topics.view.TopicsViewModel;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import io.pinpipe.ui.ThemeApplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * Benchmark 4: the Topics pane with 10,000 topics (one partition each), headless under Monocle, against the raw
 * AdminClient listTopics plus describeTopics of every name, in alternating rounds against the same broker. The
 * pane is timed twice per round: opened (built, shown, listed, filled) and refreshed as F5 does once it is shown,
 * with a fresh AdminClient gateway as the raw side has; TopicAdmin's listing alone is timed too, to tell the
 * cluster's part from the window's.
 */
public final class TopicsPaneFill {

    private TopicsPaneFill() {
    }

    /** One pane's timing: to filled (ms), how long the FX thread kept a probe waiting, GC pauses meanwhile. */
    private record Fill(double millis, FxProbe.Waits waits, GcPauses.Summary gc) {

        String describe() {
            return String.format(Locale.ROOT, "%.0f ms (FX thread longest wait %.0f ms, 99th percentile %.0f ms; GC "
                    + "paused %d ms in %d pauses, longest %d ms)", millis, TopicsPaneFill.millis(waits.longest()),
                    TopicsPaneFill.millis(waits.p99()), gc.totalMillis(), gc.count(), gc.longestMillis());
        }
    }

    /** A round of the pane: opened (with the ms it took to build and show) and then refreshed. */
    private record PaneRound(Fill opened, double shownMillis, Fill refreshed) {
    }

    public static void main(String[] args) throws Exception {
        var topics = Integer.parseInt(System.getenv().getOrDefault("BENCH_TOPICS", "10000"));
        var rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "3"));
        System.out.println(Machine.describe());
        try (var kafka = PrivateKafka.start(); var gc = new GcPauses()) {
            var bootstrap = kafka.broker().bootstrap();
            createTopics(bootstrap, topics);
            FxToolkit.registerPrimaryStage();
            warmUpTheToolkit();
            var background = Executors.newCachedThreadPool();
            var raw = new ArrayList<Double>();
            var service = new ArrayList<Double>();
            var opened = new ArrayList<Double>();
            var refreshed = new ArrayList<Double>();
            var longest = new ArrayList<Double>();
            try {
                rawListing(bootstrap, topics);
                serviceListing(bootstrap, topics);
                paneFill(bootstrap, topics, background, gc);
                for (int round = 1; round <= rounds; round++) {
                    PaneRound pane;
                    if (round % 2 == 1) {
                        raw.add(rawListing(bootstrap, topics));
                        service.add(serviceListing(bootstrap, topics));
                        pane = paneFill(bootstrap, topics, background, gc);
                    } else {
                        pane = paneFill(bootstrap, topics, background, gc);
                        service.add(serviceListing(bootstrap, topics));
                        raw.add(rawListing(bootstrap, topics));
                    }
                    opened.add(pane.opened().millis());
                    refreshed.add(pane.refreshed().millis());
                    longest.add(Math.max(millis(pane.opened().waits().longest()), millis(pane.refreshed().waits().longest())));
                    System.out.printf(Locale.ROOT, "round %d: raw AdminClient %.0f ms, TopicAdmin alone %.0f ms; Topics pane "
                            + "opened and filled %s, of which built and shown %.0f ms; refreshed and filled %s%n", round,
                            raw.get(round - 1), service.get(round - 1), pane.opened().describe(), pane.shownMillis(),
                            pane.refreshed().describe());
                }
            } finally {
                background.shutdownNow();
                FxToolkit.cleanupStages();
            }
            var r = Median.of(raw);
            var o = Median.of(opened);
            var f = Median.of(refreshed);
            System.out.printf(Locale.ROOT, "RESULT %d topics: raw listTopics + describeTopics %.0f ms, TopicAdmin alone %.0f ms, "
                    + "Topics pane opened and filled %.0f ms, refreshed and filled %.0f ms (medians); pane/raw opened %.2f, "
                    + "refreshed %.2f; longest FX wait in any round %.0f ms%n", topics, r, Median.of(service), o, f, o / r,
                    f / r, longest.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }
        Platform.exit();
        System.exit(0);
    }

    /** What a script would do: a fresh AdminClient, every name, then every description in one call. */
    private static double rawListing(String bootstrap, int topics) throws Exception {
        var started = System.nanoTime();
        try (var admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            var names = admin.listTopics().names().get(2, TimeUnit.MINUTES);
            var described = admin.describeTopics(names).allTopicNames().get(2, TimeUnit.MINUTES);
            if (described.size() != topics) {
                throw new IllegalStateException("Described " + described.size() + " of " + topics + " topics");
            }
        }
        return (System.nanoTime() - started) / 1e6;
    }

    /** The service without the window: a fresh TopicAdmin lists and describes every topic. */
    private static double serviceListing(String bootstrap, int topics) {
        var properties = new Properties();
        properties.setProperty("bootstrap.servers", bootstrap);
        var started = System.nanoTime();
        try (var admin = TopicAdmin.connect(properties, bootstrap)) {
            var listed = admin.listTopics(true, ListingProgress.NONE, () -> false);
            if (listed.topics().size() < topics) {
                throw new IllegalStateException("Listed " + listed.topics().size() + " of " + topics + " topics");
            }
        }
        return (System.nanoTime() - started) / 1e6;
    }

    /**
     * A fresh pane, view model and AdminClient gateway, timed from building the pane to every row in the table;
     * then a refresh as F5 does, with a fresh gateway, timed to loading done.
     */
    private static PaneRound paneFill(String bootstrap, int topics, java.util.concurrent.ExecutorService background,
                                      GcPauses gc) throws Exception {
        var catalog = new ConnectionCatalog(() -> Optional.of(bootstrap), () -> 9092);
        var admins = new ClusterClients(connection -> {
            var properties = new Properties();
            properties.setProperty("bootstrap.servers", connection.bootstrap());
            return properties;
        });
        var model = new TopicsViewModel(new KafkaConnections(catalog, admins, connection -> SecretSource.none()),
                new Async(background, Platform::runLater, new BackgroundWork()), new RecordingNavigator());
        var table = new AtomicReference<TableView<?>>();
        var started = System.nanoTime();
        FxProbe probe = null;
        try {
            FxToolkit.setupStage(window -> {
                var view = new TopicsView("Topics", "", model, () -> null);
                var scene = new Scene(view, 1280, 800);
                ThemeApplier.apply(Theme.LIGHT, scene);
                window.setScene(scene);
                window.show();
                table.set((TableView<?>) scene.lookup("#topics-table"));
            });
            var shown = System.nanoTime();
            // From here the pane is on screen: how long the FX thread is kept from answering while rows arrive.
            probe = new FxProbe().start();
            var deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!(size(table.get()) == topics && !loading(model))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The pane did not fill within 3 minutes: " + size(table.get()));
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            var opened = new Fill((System.nanoTime() - started) / 1e6, probe.stop(), gc.since(shown));

            var loaded = new CountDownLatch(1);
            WaitForAsyncUtils.asyncFx(() -> {
                model.loadingProperty().addListener((obs, was, now) -> {
                    if (!now) {
                        loaded.countDown();
                    }
                });
                // Like the raw side, the refresh starts without an AdminClient.
                admins.forget(model.connectionProperty().get().name());
            }).get();
            probe = new FxProbe().start();
            var refreshStarted = System.nanoTime();
            Platform.runLater(model::open);
            if (!loaded.await(3, TimeUnit.MINUTES) || size(table.get()) != topics) {
                throw new IllegalStateException("The refresh did not fill the pane: " + size(table.get()));
            }
            var refreshed = new Fill((System.nanoTime() - refreshStarted) / 1e6, probe.stop(), gc.since(refreshStarted));
            return new PaneRound(opened, (shown - started) / 1e6, refreshed);
        } finally {
            if (probe != null) {
                probe.stop();
            }
            admins.close();
        }
    }

    private static double millis(java.time.Duration duration) {
        return duration.toNanos() / 1e6;
    }

    private static int size(TableView<?> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table.getItems().size()).get();
    }

    private static boolean loading(TopicsViewModel model) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> model.loadingProperty().get()).get();
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

    private static void createTopics(String bootstrap, int topics) throws Exception {
        var started = System.nanoTime();
        try (var admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            List<String> names = IntStream.range(0, topics).mapToObj(i -> String.format(Locale.ROOT, "load-%05d", i)).toList();
            for (var start = 0; start < topics; start += 1_000) {
                admin.createTopics(names.subList(start, Math.min(topics, start + 1_000)).stream()
                        .map(name -> new NewTopic(name, 1, (short) 1)).toList()).all().get(2, TimeUnit.MINUTES);
            }
            while (admin.listTopics().names().get().size() < topics) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
        }
        System.out.printf(Locale.ROOT, "broker: in-process KRaft (PrivateKafka, data in memory where possible), "
                + "%d topics created in %.0f s%n", topics, (System.nanoTime() - started) / 1e9);
    }
}
