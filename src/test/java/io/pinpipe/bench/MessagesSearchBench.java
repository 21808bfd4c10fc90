package io.pinpipe.bench;

import io.pinpipe.emulator.DateTimeStyle;
import io.pinpipe.emulator.RowJson;
import io.pinpipe.emulator.RowSource;
import io.pinpipe.emulator.SourceSettings;
import io.pinpipe.emulator.SourceTable;
import io.pinpipe.sandbox.SampleDatabase;
import io.pinpipe.settings.AppPaths;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Benchmark 6 (issue #15): a search through one topic of emulator pin rows for a text that about 1 % of them hold.
 * Pinpipe's command line ({@code pinpipe messages read T --from beginning --count 0 --filter ... --format raw})
 * against Kafka's own ConsoleConsumer ({@code --from-beginning}) piped into {@code grep -F} for the same text;
 * each a fresh JVM with the same heap, in a shell pipeline, same broker, alternating rounds; medians decide.
 * Knobs: BENCH_MESSAGES (default 1,000,000), BENCH_ROUNDS (default 3), BENCH_JVM_OPTS (both sides' JVMs; {main}
 * becomes Pinpipe or ConsoleConsumer), BENCH_SIDE=engine (Pinpipe's side as {@link SearchScan}: the engine alone).
 */
public final class MessagesSearchBench {

    /** Pin rows with index 12, 120-129 and 1200-1299: 111 of the 11,001 sample rows, about 1 %. */
    static final String NEEDLE = "\"index\":12";
    private static final String TOPIC = "search.pin";

    private MessagesSearchBench() {
    }

    /** One side's timing: matches it printed, wall seconds from the pipeline's start to its end. */
    record Run(long matches, double seconds) {
    }

    public static void main(String[] args) throws Exception {
        int messages = Integer.parseInt(System.getenv().getOrDefault("BENCH_MESSAGES", "1000000"));
        int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "3"));
        try (var sandbox = BenchSandbox.start()) {
            var rows = pinRows(sandbox.database());
            createTopic(sandbox.bootstrap());
            long[] written = produce(sandbox.bootstrap(), rows, messages);
            long expected = written[0];
            double megabytes = written[1] / 1e6;
            System.out.printf(Locale.ROOT, "broker: the sandbox's (own JVM) on %s; topic %s, 1 partition, %,d pin rows "
                    + "as the emulator writes them (key = id, value = JSON), %.1f MB of keys and values; text %s in "
                    + "%,d of them (%.2f %%); each side a fresh JVM with %s, in a shell pipeline%n",
                    sandbox.bootstrap(), TOPIC, messages, megabytes, NEEDLE, expected, 100.0 * expected / messages,
                    String.join(" ", BenchJvm.HEAP));
            // Untimed: the broker's page cache and JIT warm for both sides alike.
            check("ConsoleConsumer | grep (warm-up)", consoleGrep(sandbox, messages), expected);
            check("pinpipe (warm-up)", pinpipe(sandbox), expected);
            var console = new ArrayList<Double>();
            var pinpipe = new ArrayList<Double>();
            for (int round = 1; round <= rounds; round++) {
                Run c;
                Run p;
                if (round % 2 == 1) {
                    p = check("pinpipe", pinpipe(sandbox), expected);
                    c = check("ConsoleConsumer | grep", consoleGrep(sandbox, messages), expected);
                } else {
                    c = check("ConsoleConsumer | grep", consoleGrep(sandbox, messages), expected);
                    p = check("pinpipe", pinpipe(sandbox), expected);
                }
                pinpipe.add(p.seconds());
                console.add(c.seconds());
                System.out.printf(Locale.ROOT, "round %d: pinpipe %.2f s (%,.0f messages/s), ConsoleConsumer | grep "
                        + "%.2f s (%,.0f messages/s)%n", round, p.seconds(), messages / p.seconds(), c.seconds(),
                        messages / c.seconds());
            }
            var times = sandbox.work().resolve("scan-times.txt");
            if (Files.exists(times)) {
                Files.readAllLines(times).stream().filter(l -> l.startsWith("SearchScan")).forEach(System.out::println);
            }
            double p = Median.of(pinpipe);
            double c = Median.of(console);
            System.out.printf(Locale.ROOT, "RESULT search (median of %d, JVM start included): pinpipe %,.0f messages/s "
                    + "%.1f MB/s (%.2f s); ConsoleConsumer | grep %,.0f messages/s %.1f MB/s (%.2f s); ratio %.2f "
                    + "(target >= 1.5)%n", rounds, messages / p, megabytes / p, p, messages / c, megabytes / c, c, c / p);
        }
    }

    private static Run check(String who, Run run, long expected) {
        if (run.matches() != expected) {
            throw new IllegalStateException(who + " printed " + run.matches() + " matches, expected " + expected);
        }
        return run;
    }

    private static Run consoleGrep(BenchSandbox sandbox, int messages) {
        return pipeline(sandbox, "ConsoleConsumer", "\"$JAVA\" $HEAP $OPTS -cp \"$CP\" org.apache.kafka.tools.consumer.ConsoleConsumer "
                + "--bootstrap-server \"$BOOTSTRAP\" --topic \"$TOPIC\" --from-beginning --max-messages " + messages
                + " --timeout-ms 120000 2>/dev/null | grep -F -c -- \"$NEEDLE\"");
    }

    private static Run pinpipe(BenchSandbox sandbox) {
        if ("engine".equals(System.getenv("BENCH_SIDE"))) {
            return pipeline(sandbox, "Pinpipe", "\"$JAVA\" $HEAP $OPTS -cp \"$CP\" io.pinpipe.bench.SearchScan "
                    + "\"$BOOTSTRAP\" \"$TOPIC\" \"$FILTER\" 2>>scan-times.txt | grep -F -c -- \"$NEEDLE\"");
        }
        return pipeline(sandbox, "Pinpipe", "\"$JAVA\" $HEAP $OPTS -cp \"$CP\" io.pinpipe.launch.Launcher messages read \"$TOPIC\" "
                + "--bootstrap \"$BOOTSTRAP\" --from beginning --count 0 --scan-limit unlimited --filter \"$FILTER\" --format raw 2>/dev/null"
                + " | grep -F -c -- \"$NEEDLE\"");
    }

    /** Runs a shell pipeline; its last line of output is a count. */
    private static Run pipeline(BenchSandbox sandbox, String side, String script) {
        try {
            var output = Files.createTempFile(sandbox.work(), "pipeline-", ".out");
            var builder = new ProcessBuilder("bash", "-c", "set -o pipefail; " + script)
                    .redirectErrorStream(true).redirectOutput(output.toFile()).directory(sandbox.work().toFile());
            var env = builder.environment();
            env.putAll(Map.of("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "HEAP", String.join(" ", BenchJvm.HEAP), "OPTS", System.getenv().getOrDefault("BENCH_JVM_OPTS", "").replace("{main}", side),
                    "CP", System.getProperty("java.class.path"), "BOOTSTRAP", sandbox.bootstrap(), "TOPIC", TOPIC,
                    "NEEDLE", NEEDLE, "FILTER", "value contains \"" + NEEDLE.replace("\"", "\\\"") + "\""));
            env.put(AppPaths.HOME_VARIABLE, sandbox.home().toString());
            long start = System.nanoTime();
            var process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Did not finish within 15 minutes: " + script);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            var lines = Files.readAllLines(output);
            if (process.exitValue() != 0 || lines.isEmpty()) {
                throw new IllegalStateException("Exit " + process.exitValue() + " from " + script + "\n"
                        + String.join("\n", lines));
            }
            return new Run(Long.parseLong(lines.get(lines.size() - 1).strip()), seconds);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Every pin row of the sample database as the emulator writes it, by id. */
    private static List<byte[]> pinRows(SampleDatabase database) throws Exception {
        var json = new RowJson(DateTimeStyle.ISO);
        var rows = new ArrayList<byte[]>();
        try (var source = RowSource.open(SourceSettings.sandbox(database))) {
            var ids = IntStream.range(0, source.rowCount()).boxed().toList();
            for (int start = 0; start < ids.size(); start += 1_000) {
                for (var event : source.read(ids.subList(start, Math.min(ids.size(), start + 1_000)))) {
                    rows.add(json.writeBytes(event.rows().get(SourceTable.PIN)));
                }
            }
        }
        return rows;
    }

    private static void createTopic(String bootstrap) throws Exception {
        try (var admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
    }

    /** Sends the rows at random (seeded) as the emulator picks ids; returns {matching messages, bytes}. */
    private static long[] produce(String bootstrap, List<byte[]> rows, int messages) throws Exception {
        var pattern = NEEDLE.getBytes(StandardCharsets.UTF_8);
        var random = new Random(100);
        long matching = 0;
        long bytes = 0;
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap, "acks", "all", "enable.idempotence", true,
                "linger.ms", 5, "batch.size", 131072);
        try (var producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < messages; i++) {
                int id = random.nextInt(rows.size());
                byte[] key = Integer.toString(id).getBytes(StandardCharsets.UTF_8);
                byte[] value = rows.get(id);
                if (indexOf(value, pattern) >= 0) {
                    matching++;
                }
                bytes += key.length + value.length;
                producer.send(new ProducerRecord<>(TOPIC, key, value));
            }
            producer.flush();
        }
        return new long[]{matching, bytes};
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        outer:
        for (int i = 0; i <= bytes.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
