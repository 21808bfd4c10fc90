package io.pinpipe.bench;

import io.pinpipe.emulator.SourceTable;
import io.pinpipe.settings.AppPaths;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark 1: the emulator at maximum pace (sandbox sample database to the sandbox broker) against Kafka's
 * own ProducerPerformance sending as many records of the same sizes to the same broker with acks=all.
 * Each side runs in a fresh JVM with the same heap, in alternating order, for a few rounds; medians decide.
 */
public final class EmulatorVsProducer {

    private static final Pattern PERF_TOTAL = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec.*50th.*");
    private static final Pattern PERF_STEADY = Pattern.compile("(\\d+) steady state records sent, ([\\d.]+) records/sec.*");
    private static final Pattern EMULATOR = Pattern.compile(
            "RESULT records=(\\d+) failed=(\\d+) seconds=([\\d.]+) steadyRecords=(\\d+) steadySeconds=([\\d.]+)");

    private EmulatorVsProducer() {
    }

    /** A side's records per second over the whole run and after its warm-up records. */
    record Rates(double whole, double steady) {
    }

    public static void main(String[] args) throws Exception {
        var events = Integer.parseInt(System.getenv().getOrDefault("BENCH_EVENTS", "1000000"));
        var rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "3"));
        var records = events * SourceTable.values().length;
        var warmup = records * 3 / 10;
        try (var sandbox = BenchSandbox.start()) {
            var work = sandbox.work();
            var home = sandbox.home();
            var bootstrap = sandbox.bootstrap();
            var database = sandbox.database();
            var payloads = work.resolve("payloads.txt");
            var averageBytes = PayloadFile.write(payloads, database);
            System.out.printf(Locale.ROOT, "broker: the sandbox's (own JVM) on %s; %d events = %d records per run "
                    + "(steady state after the first %d), average value %.0f bytes; acks=all, idempotent, linger.ms=5, batch.size=131072 "
                    + "on both sides; each side in a fresh JVM with %s%n",
                    bootstrap, events, records, warmup, averageBytes, String.join(" ", BenchJvm.HEAP));
            // The broker's own JIT warm-up is no side's business: an untimed run of each side first (they exercise
            // different paths in the broker: one topic of three partitions, three topics with keyed records).
            createTopics(bootstrap, "warmup", "perf-warmup");
            producerRun(work, bootstrap, "perf-warmup", records, warmup, payloads);
            emulatorRun(work, home, bootstrap, "warmup", events, records, warmup);
            var emulator = new ArrayList<Rates>();
            var producer = new ArrayList<Rates>();
            for (int round = 1; round <= rounds; round++) {
                var prefix = "bench" + round;
                var perfTopic = "perf" + round;
                createTopics(bootstrap, prefix, perfTopic);
                // Alternate who goes first, so neither side always meets a fresher broker.
                if (round % 2 == 1) {
                    emulator.add(emulatorRun(work, home, bootstrap, prefix, events, records, warmup));
                    producer.add(producerRun(work, bootstrap, perfTopic, records, warmup, payloads));
                } else {
                    producer.add(producerRun(work, bootstrap, perfTopic, records, warmup, payloads));
                    emulator.add(emulatorRun(work, home, bootstrap, prefix, events, records, warmup));
                }
                var e = emulator.get(round - 1);
                var p = producer.get(round - 1);
                System.out.printf(Locale.ROOT, "round %d: emulator %.0f records/s (steady %.0f), ProducerPerformance "
                        + "%.0f records/s (steady %.0f)%n", round, e.whole(), e.steady(), p.whole(), p.steady());
            }
            report("whole run", Median.of(emulator.stream().map(Rates::whole).toList()),
                    Median.of(producer.stream().map(Rates::whole).toList()));
            report("steady state", Median.of(emulator.stream().map(Rates::steady).toList()),
                    Median.of(producer.stream().map(Rates::steady).toList()));
        }
    }

    private static void report(String what, double emulator, double producer) {
        System.out.printf(Locale.ROOT, "RESULT %s (median): emulator %.0f records/s (%.0f events/s), "
                + "ProducerPerformance %.0f records/s, ratio %.2f (target >= 0.70)%n",
                what, emulator, emulator / 3, producer, emulator / producer);
    }

    private static Rates emulatorRun(Path work, Path home, String bootstrap, String prefix, int events, int records,
                                     int warmup) {
        return emulatorRun(work, home, bootstrap, prefix, events, records, warmup, System.getProperty("java.class.path"));
    }

    /** One run of {@link EmulatorMaxPace} in a fresh JVM on {@code classPath}; every record must be acked. */
    static Rates emulatorRun(Path work, Path home, String bootstrap, String prefix, int events, int records,
                             int warmup, String classPath) {
        var lines = BenchJvm.run(work, Map.of(AppPaths.HOME_VARIABLE, home.toString()), EmulatorMaxPace.class.getName(),
                List.of(bootstrap, prefix, "" + events, "" + warmup), classPath);
        var result = last(lines, EMULATOR, "the emulator");
        if (Long.parseLong(result.group(1)) != records || Long.parseLong(result.group(2)) != 0) {
            throw new IllegalStateException("The emulator did not ack every record: " + result.group());
        }
        return new Rates(records / Double.parseDouble(result.group(3)),
                Long.parseLong(result.group(4)) / Double.parseDouble(result.group(5)));
    }

    private static Rates producerRun(Path work, String bootstrap, String topic, int records, int warmup, Path payloads) {
        var lines = BenchJvm.run(work, Map.of(), "org.apache.kafka.tools.ProducerPerformance", List.of(
                "--topic", topic, "--num-records", "" + records, "--warmup-records", "" + warmup, "--throughput", "-1",
                "--payload-file", payloads.toString(), "--bootstrap-server", bootstrap,
                "--command-property", "acks=all", "enable.idempotence=true", "linger.ms=5", "batch.size=131072"));
        var total = last(lines, PERF_TOTAL, "ProducerPerformance");
        if (Long.parseLong(total.group(1)) != records) {
            throw new IllegalStateException("ProducerPerformance sent " + total.group(1) + " of " + records);
        }
        return new Rates(Double.parseDouble(total.group(2)),
                Double.parseDouble(last(lines, PERF_STEADY, "ProducerPerformance").group(2)));
    }

    private static Matcher last(List<String> lines, Pattern pattern, String who) {
        return lines.stream().map(pattern::matcher).filter(Matcher::matches).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("No result from " + who + ":\n" + String.join("\n", lines)));
    }

    /** The emulator's three topics with a partition each; the tool's one topic with three, the same in all. */
    static void createTopics(String bootstrap, String prefix, String perfTopic) throws Exception {
        try (var admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            var topics = new ArrayList<NewTopic>();
            Arrays.stream(SourceTable.values()).forEach(table -> topics.add(new NewTopic(table.topic(prefix), 1, (short) 1)));
            topics.add(new NewTopic(perfTopic, 3, (short) 1));
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        }
    }

    static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (Exception e) {
            System.err.println("Could not delete " + folder + ": " + e.getMessage());
        }
    }
}
