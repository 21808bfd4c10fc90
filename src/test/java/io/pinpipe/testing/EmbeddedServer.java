package io.pinpipe.testing;

import kafka.server.BrokerServer;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/**
 * A KRaft broker and controller in the test JVM. Client listeners bind port 0 and are read back once it runs;
 * the controller's port must be written into {@code controller.quorum.voters} before it binds, so a start
 * whose controller port was taken meanwhile is tried again on another.
 */
public final class EmbeddedServer {

    private static final Exit.Procedure KEEP_THE_JVM = (status, message) -> { };

    private final KafkaRaftServer server;

    private EmbeddedServer(KafkaRaftServer server) {
        this.server = server;
    }

    /**
     * Writes {@code server.properties} into {@code dir}, formats the storage there unless already formatted,
     * and starts the server.
     *
     * @param configuration the server's configuration for a given controller port
     * @param formatOptions extra {@code kafka-storage.sh format} options, such as {@code --add-scram ...}
     */
    public static EmbeddedServer start(Path dir, IntFunction<Properties> configuration, String... formatOptions) {
        return start(PortRetry::candidate, dir, configuration, formatOptions);
    }

    /** @param controllerPorts where controller ports come from: a test of this class hands out a taken one first */
    static EmbeddedServer start(IntSupplier controllerPorts, Path dir, IntFunction<Properties> configuration,
                                String... formatOptions) {
        return PortRetry.start(controllerPorts, controllerPort -> start(dir, configuration.apply(controllerPort), formatOptions));
    }

    // One start at a time: each sets Kafka's JVM-wide exit procedures for its length.
    private static synchronized EmbeddedServer start(Path dir, Properties properties, String... formatOptions) {
        var file = dir.resolve("server.properties");
        try {
            Files.createDirectories(dir);
            try (var out = Files.newBufferedWriter(file)) {
                properties.store(out, "In-process test broker");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        format(file, formatOptions);
        var server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        // Kafka ends the JVM on a fatal fault at start, such as a taken controller port: let the start throw instead.
        Exit.setExitProcedure(KEEP_THE_JVM);
        Exit.setHaltProcedure(KEEP_THE_JVM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            server.awaitShutdown();
            throw e;
        } finally {
            Exit.resetExitProcedure();
            Exit.resetHaltProcedure();
        }
        return new EmbeddedServer(server);
    }

    private static void format(Path file, String... formatOptions) {
        var arguments = new ArrayList<>(List.of("format", "--config", file.toString(),
                // One argument with '=': an id may start with '-', which the tool would take for an option.
                "--cluster-id=" + clusterId(file.getParent()), "--ignore-formatted"));
        arguments.addAll(List.of(formatOptions));
        var output = new ByteArrayOutputStream();
        var status = StorageTool.execute(arguments.toArray(String[]::new),
                new PrintStream(output, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("Formatting the test broker failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    /** One cluster id per folder, so that a second try or a restart finds the storage formatted for it. */
    static String clusterId(Path dir) {
        var uuid = UUID.nameUUIDFromBytes(dir.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
        return new Uuid(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits()).toString();
    }

    /** The port a listener configured on port 0 got. */
    public int boundPort(String listener) {
        return broker().boundPort(ListenerName.normalised(listener));
    }

    /** {@code 127.0.0.1:port} of a listener. */
    public String address(String listener) {
        return "127.0.0.1:" + boundPort(listener);
    }

    public void stop() {
        server.shutdown();
        server.awaitShutdown();
    }

    // KafkaRaftServer keeps its broker to itself; Kafka's own test kit builds the servers by hand instead.
    private BrokerServer broker() {
        try {
            var field = KafkaRaftServer.class.getDeclaredField("broker");
            field.setAccessible(true);
            return (BrokerServer) ((scala.Option<?>) field.get(server)).get();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This Kafka version's KafkaRaftServer has no 'broker' field to read ports from", e);
        }
    }
}
