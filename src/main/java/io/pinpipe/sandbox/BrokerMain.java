package io.pinpipe.sandbox;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.LoggingSignalHandler;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The main class of the sandbox broker's own JVM: formats the storage on first use, then runs Kafka until
 * SIGTERM. Doing both here pays for one JVM start instead of two. It follows {@code kafka.Kafka.main}, with
 * start and stop milestones in the broker log that Kafka keeps at INFO among thousands of other lines.
 */
public final class BrokerMain {

    static final int START_FAILED = 1;
    static final int FORMAT_FAILED = 10;
    private static final Logger log = LoggerFactory.getLogger(BrokerMain.class);

    private BrokerMain() {
    }

    /** {@code BrokerMain <server.properties> [<cluster id to format the storage with>]} */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: BrokerMain <server.properties> [<cluster-id to format with>]");
            System.exit(2);
        }
        var properties = args[0];
        log.info("Sandbox broker process {} starting with {}", ProcessHandle.current().pid(), properties);
        if (args.length == 2) {
            format(properties, args[1]);
        }
        var loaded = Utils.loadProps(properties);
        KafkaConfig config = null;
        try {
            config = KafkaConfig.fromProps(loaded, false);
        } catch (RuntimeException e) {
            log.error("The broker configuration {} is invalid: {}", properties, e.getMessage());
            Exit.exit(START_FAILED);
        }
        run(config, loaded.getProperty("advertised.listeners", "?"));
    }

    private static void format(String properties, String clusterId) {
        var output = new ByteArrayOutputStream();
        try (var printed = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            StorageTool.execute(new String[] {"format", "--config", properties, "--cluster-id", clusterId,
                    "--ignore-formatted"}, printed);
        } catch (Throwable e) {
            log.error("Formatting the broker storage failed: {}", e.getMessage(), e);
            Exit.exit(FORMAT_FAILED);
        } finally {
            // The bootstrap metadata dump is one very long line of feature levels: not worth a log line.
            output.toString(StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("Bootstrap metadata"))
                    .forEach(line -> log.info("Storage: {}", line));
        }
    }

    private static void run(KafkaConfig config, String listeners) {
        try {
            new LoggingSignalHandler().register();
        } catch (ReflectiveOperationException e) {
            log.warn("Signals will not be logged: {}", e.toString());
        }
        var server = new KafkaRaftServer(config, Time.SYSTEM);
        Exit.addShutdownHook("sandbox-broker-shutdown", () -> {
            log.info("Sandbox broker stopping");
            try {
                server.shutdown();
                server.awaitShutdown();
                log.info("Sandbox broker stopped");
            } catch (Throwable e) {
                log.error("The sandbox broker did not shut down cleanly: {}", e.getMessage(), e);
                Exit.halt(START_FAILED);
            }
        });
        try {
            server.startup();
        } catch (Throwable e) {
            // Kafka has logged the stack trace already; this line is the summary a start failure shows.
            log.error("The sandbox broker failed to start: {}", e.getMessage());
            Exit.exit(START_FAILED);
        }
        log.info("Sandbox broker ready on {}", listeners);
        server.awaitShutdown();
    }
}
