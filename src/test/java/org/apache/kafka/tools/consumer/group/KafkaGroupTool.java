package org.apache.kafka.tools.consumer.group;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Kafka's own {@code kafka-consumer-groups.sh} ({@link ConsumerGroupCommand}) run in this JVM for the tests and
 * benchmarks that compare Pinpipe with it: its entry point and service are package-private, hence this package. It
 * prints to {@code System.out} (and a line per empty group to {@code System.err}), so a run captures both; its {@code main} would exit the JVM, so {@code run} is used.
 */
public final class KafkaGroupTool {

    private KafkaGroupTool() {
    }

    /** Runs the tool with these arguments as {@code kafka-consumer-groups.sh} would, and returns what it printed. */
    public static synchronized String run(String... args) {
        var printed = new ByteArrayOutputStream();
        var original = System.out;
        var originalErr = System.err;
        var stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(stream);
        System.setErr(stream);
        try {
            ConsumerGroupCommand.run(ConsumerGroupCommandOptions.fromArgs(args));
        } finally {
            System.setOut(original);
            System.setErr(originalErr);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
