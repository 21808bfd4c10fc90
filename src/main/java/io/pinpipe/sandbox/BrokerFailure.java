package io.pinpipe.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Turns a broker that stopped during its start, and what it logged, into a message a person can act on. */
final class BrokerFailure {

    private BrokerFailure() {
    }

    static SandboxStartException exited(int exitCode, List<String> tail, BrokerProperties broker, SandboxFiles files) {
        var text = String.join("\n", tail);
        if (text.contains("Address already in use") || text.contains("BindException")) {
            return new SandboxStartException(StartFailure.PORT_IN_USE, "The sandbox broker could not open its ports ("
                    + broker.port() + " for clients, " + broker.controllerPort() + " for its controller): another "
                    + "program took one of them. Start it again to pick other ports.", tail, null);
        }
        if (text.contains("Failed to acquire lock") || text.contains("is already locked")) {
            return new SandboxStartException(StartFailure.DATA_LOCKED, "The sandbox data folder " + files.dataDir()
                    + " is in use by another Kafka broker. Stop that broker, then start the sandbox again.", tail, null);
        }
        if (text.contains("No space left on device")) {
            return new SandboxStartException(StartFailure.DISK, "The disk holding " + files.dataDir()
                    + " is full. Free some space, then start the sandbox again.", tail, null);
        }
        if (text.contains("OutOfMemoryError")) {
            return new SandboxStartException(StartFailure.OUT_OF_MEMORY, "The sandbox broker ran out of memory "
                    + "(its heap is limited to 256 MB).", tail, null);
        }
        if (text.contains("Could not find or load main class") || text.contains("UnsupportedClassVersionError")
                || text.contains("Error: Could not create the Java Virtual Machine")) {
            return new SandboxStartException(StartFailure.JAVA, "Java could not run the sandbox broker: "
                    + lastError(tail).orElse("see " + files.consoleLog()), tail, null);
        }
        return new SandboxStartException(StartFailure.EXITED, "The sandbox broker stopped during its start (exit code "
                + exitCode + ")" + lastError(tail).map(error -> ": " + error).orElse(". See " + files.brokerLog()),
                tail, null);
    }

    /** Whether the port a bind failure names is the controller's, not the clients' one (as Kafka words it). */
    static boolean controllerPortTaken(List<String> tail, BrokerProperties broker) {
        return mentions(tail, "bind to 127.0.0.1:" + broker.controllerPort() + ":")
                && !mentions(tail, "bind to 127.0.0.1:" + broker.port() + ":");
    }

    private static boolean mentions(List<String> tail, String text) {
        return tail.stream().anyMatch(line -> line.contains(text));
    }

    static SandboxStartException timedOut(Duration timeout, List<String> tail, SandboxFiles files) {
        return new SandboxStartException(StartFailure.TIMEOUT, "The sandbox broker did not answer within "
                + seconds(timeout) + " s, so it was stopped. See " + files.brokerLog(), tail, null);
    }

    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? Long.toString(duration.toSeconds())
                : Double.toString(duration.toMillis() / 1000.0);
    }

    /** The last line that says what went wrong (BrokerMain's summary), without timestamp and logger. */
    private static Optional<String> lastError(List<String> tail) {
        return tail.stream()
                .filter(line -> line.contains(" ERROR ") || line.startsWith("Error") || line.startsWith("Exception"))
                .reduce((first, second) -> second)
                .map(line -> line.contains(" - ") ? line.substring(line.indexOf(" - ") + 3) : line)
                .map(line -> line.length() > 300 ? line.substring(0, 300) + "..." : line);
    }
}
