package io.pinpipe.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.IntStream;

/** The REST proxy sink against a local HTTP server that answers like Confluent's v2 produce endpoint. */
class RestProxySinkTest {

    private static final int EVENTS = 12;
    private static H2Server database;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;

    record Request(String path, String contentType, String apiKey, JsonNode body) {
    }

    @BeforeAll
    static void startDatabase() throws SQLException {
        database = new H2Server("rest", 200);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void rowsArePostedInBatchesWithTheProxysContentTypeAndTheirOffsetsAcked() throws Exception {
        var offsets = new ConcurrentHashMap<String, AtomicLong>();
        var url = serve(request -> {
            var next = offsets.computeIfAbsent(request.path(), path -> new AtomicLong());
            var entries = IntStream.range(0, request.body().path("records").size())
                    .mapToObj(i -> "{\"partition\":0,\"offset\":" + next.getAndIncrement() + ",\"error_code\":null,\"error\":null}")
                    .toList();
            return Map.entry(200, "{\"key_schema_id\":null,\"value_schema_id\":null,\"offsets\":[" + String.join(",", entries) + "]}");
        });
        var summary = run(url, Optional.of("k3y"));

        assertThat(summary.stats().acked()).isEqualTo(3L * EVENTS).isEqualTo(summary.stats().sampled());
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.contentType()).isEqualTo("application/vnd.kafka.json.v2+json");
            assertThat(request.apiKey()).isEqualTo("k3y");
            assertThat(request.body().path("records").size()).isBetween(1, 5);
        });
        assertThat(requests.size()).as("requests for 36 records in batches of up to 5").isLessThan(3 * EVENTS);
        var sampler = new IdSampler(9, 200);
        var ids = IntStream.range(0, EVENTS).mapToObj(i -> String.valueOf(sampler.next())).toList();
        var json = new RowJson(DateTimeStyle.ISO);
        for (var table : SourceTable.values()) {
            var records = requests.stream().filter(request -> request.path().equals("/api/topics/" + table.topic("rest")))
                    .flatMap(request -> toList(request.body().path("records")).stream()).toList();
            assertThat(records).extracting(record -> record.path("key").asText()).containsExactlyElementsOf(ids);
            var first = records.get(0);
            var row = json.read(first.path("value").toString());
            assertThat(row).containsEntry(table.idColumn(), Integer.parseInt(first.path("key").asText()))
                    .containsOnlyKeys(SandboxSource.expected(table, 0).keySet());
        }
    }

    @Test
    void anHttpErrorFailsEveryRecordOfTheRequestWithTheAnswersBody() throws Exception {
        var url = serve(request -> Map.entry(500, "{\"error_code\":50001,\"message\":\"Kafka is on fire\"}"));
        var summary = run(url, Optional.empty());

        assertThat(summary.stats().failed()).isEqualTo(3L * EVENTS).isEqualTo(summary.stats().sampled());
        assertThat(summary.stats().acked()).isZero();
        assertThat(summary.stats().topic(SourceTable.GEO).lastFailure())
                .hasValue("HTTP 500 from the REST proxy: {\"error_code\":50001,\"message\":\"Kafka is on fire\"}");
        assertThat(requests).allSatisfy(request -> assertThat(request.apiKey()).isNull());
    }

    @Test
    void anErrorInTheOffsetsFailsJustThatRecord() throws Exception {
        var url = serve(request -> {
            var count = request.body().path("records").size();
            var entries = IntStream.range(0, count).mapToObj(i -> i == 0
                    ? "{\"partition\":null,\"offset\":null,\"error_code\":40403,\"error\":\"Topic not found.\"}"
                    : "{\"partition\":0,\"offset\":" + i + ",\"error_code\":null,\"error\":null}").toList();
            return Map.entry(200, "{\"offsets\":[" + String.join(",", entries) + "]}");
        });
        var summary = run(url, Optional.empty());

        assertThat(summary.stats().failed()).isEqualTo(requests.size());
        assertThat(summary.stats().acked() + summary.stats().failed()).isEqualTo(summary.stats().sampled());
        assertThat(summary.stats().topic(SourceTable.PIN).lastFailure()).hasValue("REST proxy error 40403: Topic not found.");
    }

    private RunSummary run(URI url, Optional<String> apiKey) throws Exception {
        var stats = new EmulatorStats("rest");
        var sink = new RestProxySink(url, apiKey, "rest", new RowJson(DateTimeStyle.ISO), stats, 5);
        var engine = new EmulatorEngine(RowSource.open(database.settings()), sink, stats,
                new EmulatorSettings(new Pacing.Max(), new Limit.Count(EVENTS), 9), EmulatorListener.NONE);
        engine.start();
        return engine.finished().get(30, TimeUnit.SECONDS);
    }

    private URI serve(Function<Request, Map.Entry<Integer, String>> answer) throws IOException {
        var mapper = new RowJson(DateTimeStyle.ISO).mapper();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/topics/", exchange -> {
            var body = mapper.readTree(exchange.getRequestBody().readAllBytes());
            var request = new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("x-api-key"), body);
            requests.add(request);
            var reply = answer.apply(request);
            var bytes = reply.getValue().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.kafka.v2+json");
            exchange.sendResponseHeaders(reply.getKey(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
    }

    private static List<JsonNode> toList(JsonNode array) {
        return IntStream.range(0, array.size()).mapToObj(array::get).toList();
    }
}
