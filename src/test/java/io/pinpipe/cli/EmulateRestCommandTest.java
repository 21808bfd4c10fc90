package io.pinpipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.pinpipe.settings.AppPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** {@code pinpipe emulate --sink rest} against a local server that answers like a REST proxy v2. */
class EmulateRestCommandTest {

    @TempDir
    Path home;
    private HttpServer server;
    private final List<String> keys = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @ParameterizedTest(name = "{index}: ''{0}''")
    @ValueSource(strings = {"//host/stage", "http://", "ftp://x", "host/stage", "http://ho st/stage", "http://host/st age",
            "http://ho_st/stage", "http://host:99999/stage", "https:///stage", ""})
    void aMalformedUrlIsOneLineAndExit2BeforeAnythingStarts(String url) {
        var run = CliRun.of(Map.of(AppPaths.HOME_VARIABLE, home.toString()), "emulate", "--source", "sandbox",
                "--topic-prefix", "0a1b2c3d4e5f", "--sink", "rest", "--rest-url", url, "--count", "1");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(OneLineErrors.BAD_USAGE);
        assertThat(run.err().lines()).singleElement().asString().startsWith("pinpipe: --rest-url: ")
                .endsWith(" (see 'pinpipe emulate --help')");
        assertThat(run.everything()).doesNotContain("Exception", "\tat ", "null");
        assertThat(run.out()).isEmpty();
        assertThat(home).as("the sample database is not created for a run that cannot start").isEmptyDirectory();
    }

    @Test
    void eventsArePostedAndCountedAsAckedFromTheOffsets() throws IOException {
        var offset = new AtomicLong();
        var url = serve(200, records -> "{\"offsets\":[" + String.join(",", java.util.Collections.nCopies(records,
                "{\"partition\":0,\"offset\":" + offset.incrementAndGet() + ",\"error_code\":null,\"error\":null}")) + "]}");
        var run = CliRun.of(Map.of(AppPaths.HOME_VARIABLE, home.toString(), SinkOptions.API_KEY_VARIABLE, "secret-key"),
                "emulate", "--source", "sandbox", "--topic-prefix", "0a1b2c3d4e5f", "--sink", "rest", "--rest-url", url,
                "--pace", "max", "--count", "10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("total\\s+30\\s+30\\s+30\\s+0\\s+0");
        assertThat(run.err()).contains("to the REST proxy at " + url);
        assertThat(keys).containsOnly("secret-key");
        assertThat(run.everything()).doesNotContain("secret-key");
    }

    @Test
    void aProxyThatAnswers404FailsTheRunWithItsMessage() throws IOException {
        var url = serve(404, records -> "{\"error_code\":40401,\"message\":\"Topic not found.\"}");
        var run = CliRun.of(Map.of(AppPaths.HOME_VARIABLE, home.toString()), "emulate", "--source", "sandbox",
                "--topic-prefix", "0a1b2c3d4e5f", "--sink", "rest", "--rest-url", url, "--pace", "max", "--count", "4");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("total\\s+12\\s+12\\s+0\\s+12\\s+0")
                .contains("Last failure on 0a1b2c3d4e5f.pin: HTTP 404 from the REST proxy: "
                        + "{\"error_code\":40401,\"message\":\"Topic not found.\"}");
    }

    private String serve(int status, java.util.function.IntFunction<String> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var records = body.split("\"key\"", -1).length - 1;
            var apiKey = exchange.getRequestHeaders().getFirst("x-api-key");
            if (apiKey != null) {
                keys.add(apiKey);
            }
            var bytes = answer.apply(records).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/default";
    }
}
