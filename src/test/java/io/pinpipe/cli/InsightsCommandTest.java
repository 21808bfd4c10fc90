package io.pinpipe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pinpipe.insights.Query;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import io.pinpipe.emulator.RestartableKafka;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code pinpipe insights} against a real broker: the eight tables as text and as JSON, answers while a producer
 * keeps writing, a broker that goes away, and a bad prefix.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class InsightsCommandTest {

    private final String bootstrap;

    InsightsCommandTest(KafkaBroker broker) {
        this.bootstrap = broker.bootstrap();
    }

    @Test
    void printsATitleAndATablePerQuestion() throws Exception {
        var prefix = pipeline("text");

        var run = CliRun.of(Map.of(), "insights", "--topic-prefix", prefix, "--bootstrap", bootstrap,
                "--until-idle", "300ms");

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (var query : Query.values()) {
            assertThat(run.out()).contains(query.question() + ". " + query.title() + "\n"
                    + String.join("  ", query.columns().subList(0, 1)));
        }
        assertThat(run.out()).containsPattern("Chad\\s+art\\s+2\\n").containsPattern("Peru\\s+travel\\s+1\\n")
                .containsPattern("25-35\\s+26000.0\\n");
        assertThat(run.err()).contains("Read 13 events (pin 6, geo 4, user 3)", "3 rows joined", "2 waiting for a partner",
                "1 duplicates dropped", "1 unreadable (not JSON: 1)");
    }

    @Test
    void jsonHasOneListPerQueryKeyedByTheNotebooksColumnsAndNothingElseOnStdout() throws Exception {
        var prefix = pipeline("json");

        var run = CliRun.of(Map.of(), "insights", "--topic-prefix", prefix, "--bootstrap", bootstrap,
                "--until-idle", "300ms", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        var json = new ObjectMapper().readTree(run.out());
        var names = new ArrayList<String>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(List.of(Query.values()).stream().map(Query::jsonName).toList());
        for (var query : Query.values()) {
            for (JsonNode row : json.get(query.jsonName())) {
                var keys = new ArrayList<String>();
                row.fieldNames().forEachRemaining(keys::add);
                assertThat(keys).as(query.jsonName()).isEqualTo(query.columns());
            }
        }
        var perCountry = json.get("category_per_country");
        assertThat(perCountry).hasSize(2);
        assertThat(perCountry.get(0).get("country").asText()).isEqualTo("Chad");
        assertThat(perCountry.get(0).get("category_count").asLong()).isEqualTo(2);
        assertThat(json.get("median_followers_per_age_group").get(0).get("median_follower_count").asDouble())
                .isEqualTo(26000.0);
        assertThat(run.err()).contains("3 rows joined");
    }

    @Test
    void aPrefixWithNoTopicsIsOneLineOnStderrAndAFailure() {
        var run = CliRun.of(Map.of(), "insights", "--topic-prefix", "no-such-pipeline-" + System.nanoTime(),
                "--bootstrap", bootstrap, "--until-idle", "300ms");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).hasSize(1).first().asString().contains("No topic", ".pin");
    }

    @Test
    void anEmptyPrefixOrABadStartIsOneLineOnStderrAndAFailure() {
        for (var args : List.of(List.of("--topic-prefix", " "), List.of("--bootstrap", bootstrap),
                List.of("--topic-prefix", "p", "--from", "yesterday"))) {
            var all = new ArrayList<>(List.of("insights", "--bootstrap", bootstrap));
            all.addAll(args);
            var run = CliRun.of(Map.of(), all.toArray(String[]::new));

            assertThat(run.exitCode()).as(args.toString()).isNotZero();
            assertThat(run.err().strip().lines()).as(args.toString()).hasSize(1);
            assertThat(run.everything()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void answersComeWhileAProducerKeepsWriting() throws Exception {
        var prefix = pipeline("streaming");
        var written = new AtomicInteger();
        var writer = Executors.newSingleThreadScheduledExecutor();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap), new StringSerializer(), new StringSerializer())) {
            writer.scheduleAtFixedRate(() -> producer.send(new ProducerRecord<>(prefix + ".pin",
                    pin(100 + written.incrementAndGet(), "art", "1"))), 0, 300, TimeUnit.MILLISECONDS);
            await().atMost(Duration.ofSeconds(30)).until(() -> written.get() >= 2);

            var run = CompletableFuture.supplyAsync(() -> CliRun.of(Map.of(), "insights", "--topic-prefix", prefix,
                    "--bootstrap", bootstrap, "--until-idle", "2s")).get(90, TimeUnit.SECONDS);
            int whenAnswered = written.get();
            await().atMost(Duration.ofSeconds(30)).until(() -> written.get() > whenAnswered);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).containsPattern("Chad\\s+art\\s+2\\n");
            assertThat(run.err()).contains("3 rows joined");
        } finally {
            writer.shutdownNow();
            writer.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @Tag("slow")
    void aBrokerThatGoesAwayMidReadEndsTheCommandWithinItsTimeoutWithOneLine(@TempDir Path dir) throws Exception {
        try (var broker = new RestartableKafka(dir)) {
            var prefix = pipeline("gone", broker.bootstrap());
            var running = CompletableFuture.supplyAsync(() -> CliRun.of(Map.of(), "insights", "--topic-prefix",
                    prefix, "--bootstrap", broker.bootstrap(), "--until-idle", "10m", "--timeout", "5"));
            await().atMost(Duration.ofSeconds(60)).until(() -> running.isDone() || Thread.getAllStackTraces().keySet()
                    .stream().anyMatch(thread -> thread.getName().equals("insights-" + prefix)));
            assertThat(running).isNotDone();

            broker.stop();
            var run = running.get(40, TimeUnit.SECONDS);

            assertThat(run.exitCode()).isNotZero();
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip().lines()).hasSize(1).first().asString()
                    .contains("Cannot reach", "gave up after 5 s");
            assertThat(run.everything()).doesNotContain("Exception", "\tat ");
        }
    }

    /** Two posts in Chad (art), one in Peru (travel), a post and its geolocation waiting for their user, a duplicate, a non-JSON message. */
    private String pipeline(String name) throws Exception {
        return pipeline(name, bootstrap);
    }

    private static String pipeline(String name, String bootstrap) throws Exception {
        var prefix = "cli-ins-" + name + "-" + Long.toHexString(System.nanoTime());
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
             var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                     bootstrap, ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            var topics = List.of(prefix + ".pin", prefix + ".geo", prefix + ".user");
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, 1, (short) 1)).toList()).all()
                    .get(30, TimeUnit.SECONDS);
            var latest = new java.util.HashMap<TopicPartition, OffsetSpec>();
            topics.forEach(t -> latest.put(new TopicPartition(t, 0), OffsetSpec.latest()));
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS).size() == 3);
            var values = List.of(
                    pin(1, "art", "26k"), pin(1, "art", "26k"), pin(2, "art", "26k"), pin(3, "travel", "1"),
                    pin(4, "art", "5"), "not json",
                    geo(1, "Chad"), geo(2, "Chad"), geo(3, "Peru"), geo(4, "Chad"),
                    user(1), user(2), user(3));
            for (var value : values) {
                var topic = value.contains("\"index\"") || !value.startsWith("{") ? topics.get(0)
                        : value.contains("country") ? topics.get(1) : topics.get(2);
                producer.send(new ProducerRecord<>(topic, value)).get(30, TimeUnit.SECONDS);
            }
        }
        return prefix;
    }

    private static String pin(int id, String category, String followers) {
        return "{\"index\":" + id + ",\"unique_id\":\"u" + id + "\",\"title\":\"T\",\"description\":\"D\","
                + "\"poster_name\":\"Poster " + id + "\",\"follower_count\":\"" + followers + "\",\"tag_list\":\"a\","
                + "\"is_image_or_video\":\"image\",\"image_src\":\"x\",\"downloaded\":1,"
                + "\"save_location\":\"Local save in /data/" + category + "\",\"category\":\"" + category + "\"}";
    }

    private static String geo(int id, String country) {
        return "{\"ind\":" + id + ",\"timestamp\":\"2019-05-01 10:00:00\",\"latitude\":1.5,\"longitude\":2.5,"
                + "\"country\":\"" + country + "\"}";
    }

    private static String user(int id) {
        return "{\"ind\":" + id + ",\"first_name\":\"F" + id + "\",\"last_name\":\"L\",\"age\":30,"
                + "\"date_joined\":\"2016-01-01T00:00:00\"}";
    }
}
