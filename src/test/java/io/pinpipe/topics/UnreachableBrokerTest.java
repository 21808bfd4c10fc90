package io.pinpipe.topics;

import io.pinpipe.connections.ConnectionTestResult;
import io.pinpipe.connections.ConnectionTester;
import io.pinpipe.testing.ClosedPort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A broker that is not there: a port nothing listens on, and a listener that accepts and then never says a
 * word (as a firewall that drops packets looks from here). Every operation gives up within its stated limit,
 * with a sentence that names the address and what was being tried.
 */
@Tag("slow")
class UnreachableBrokerTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);
    /** Scheduling on a loaded 2-core machine, not a second timeout: well under the limit itself. */
    private static final Duration SLACK = Duration.ofMillis(1_500);

    private static SilentListener silent;
    private static ClosedPort closed;
    private static int closedPort;

    @BeforeAll
    static void listen() throws IOException {
        silent = new SilentListener();
        closed = ClosedPort.open();
        closedPort = closed.port();
    }

    @AfterAll
    static void close() throws IOException {
        silent.close();
        closed.close();
    }

    static Stream<Arguments> operations() {
        Map<String, Consumer<TopicAdmin>> calls = new java.util.LinkedHashMap<>();
        calls.put("list topics", admin -> admin.listTopics(false, ListingProgress.NONE, () -> false));
        calls.put("list topic names", TopicAdmin::topicNames);
        calls.put("describe topic 'orders'", admin -> admin.describe("orders"));
        calls.put("describe the cluster", TopicAdmin::clusterInfo);
        calls.put("create topic 'orders'", admin -> admin.create(new NewTopicRequest("orders", OptionalInt.of(1),
                OptionalInt.empty(), Map.of()), false));
        calls.put("create the pipeline topics", admin -> admin.createPipelineTopics("0a1b2c3d4e5f", OptionalInt.empty(), OptionalInt.empty()));
        calls.put("delete topic 'orders'", admin -> admin.delete("orders"));
        calls.put("add partitions to 'orders'", admin -> admin.addPartitions("orders", 3, false));
        calls.put("change a config of 'orders'", admin -> admin.alterConfig("orders", "retention.ms", "1000", false));
        calls.put("peek into 'orders'", admin -> admin.peek("orders", 5, LIMIT));
        var arguments = new ArrayList<Arguments>();
        for (var where : List.of("closed port", "silent listener")) {
            calls.forEach((name, call) -> arguments.add(Arguments.of(name, where, call)));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} at a {1}")
    @MethodSource("operations")
    void eachOperationGivesUpWithinItsLimitAndSaysWhy(String operation, String where, Consumer<TopicAdmin> call) {
        var bootstrap = where.equals("closed port") ? "127.0.0.1:" + closedPort : silent.bootstrap();
        var properties = new Properties();
        properties.put("bootstrap.servers", bootstrap);
        try (var admin = TopicAdmin.connect(properties, bootstrap, LIMIT)) {
            var started = System.nanoTime();
            var thrown = catchThrowable(() -> call.accept(admin));
            var took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(thrown).as(operation).isInstanceOf(TopicException.class);
            assertThat(((TopicException) thrown).reason()).isEqualTo(TopicException.Reason.TIMEOUT);
            assertThat(thrown.getMessage()).matches("No answer from " + java.util.regex.Pattern.quote(bootstrap)
                    + " within 2 s while trying to .+: check the bootstrap address, the network path and the authentication mode");
            assertThat(took).as(operation + " took").isLessThan(LIMIT.plus(SLACK));
        }
    }

    @org.junit.jupiter.api.Test
    void theConnectionTestGivesUpWithinItsLimitAndSaysWhereItStopped() throws Exception {
        var tester = new ConnectionTester(Duration.ofSeconds(3));

        var closed = timed(() -> tester.test(properties("127.0.0.1:" + closedPort)));
        var quiet = timed(() -> tester.test(properties(silent.bootstrap())));
        // Where the network drops packets to it; some sandboxes answer for it instead, so only the address is checked.
        var blackhole = timed(() -> tester.test(properties("10.255.255.1:9092")));

        assertThat(closed.result()).isInstanceOf(ConnectionTestResult.Failed.class);
        assertThat(closed.result().summary()).isEqualTo("Nothing is listening at 127.0.0.1:" + closedPort + " (connection refused)");
        assertThat(quiet.result().summary()).isEqualTo("Reached " + silent.bootstrap() + ", but no Kafka answer came "
                + "within 3 s: the listener may expect another security protocol than PLAINTEXT (on MSK, port 9098 is IAM, "
                + "9096 SCRAM, 9094 TLS and 9092 plaintext), or the brokers' advertised addresses are not reachable from here");
        assertThat(blackhole.result().summary()).contains("10.255.255.1:9092");
        for (var run : List.of(closed, quiet, blackhole)) {
            assertThat(run.took()).as(run.result().summary()).isLessThan(Duration.ofSeconds(3).plus(Duration.ofSeconds(3)));
        }
    }

    private record Timed(ConnectionTestResult result, Duration took) {
    }

    private static Timed timed(java.util.function.Supplier<ConnectionTestResult> test) {
        var started = System.nanoTime();
        var result = test.get();
        return new Timed(result, Duration.ofNanos(System.nanoTime() - started));
    }

    private static Properties properties(String bootstrap) {
        var properties = new Properties();
        properties.put("bootstrap.servers", bootstrap);
        return properties;
    }

    /** Accepts connections and never reads or writes: the client's requests go unanswered. */
    static final class SilentListener implements AutoCloseable {
        private final ServerSocket server;
        private final List<Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();

        SilentListener() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
            var thread = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        accepted.add(server.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "silent-listener");
            thread.setDaemon(true);
            thread.start();
        }

        String bootstrap() {
            return "127.0.0.1:" + server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (var socket : accepted) {
                socket.close();
            }
        }
    }
}
