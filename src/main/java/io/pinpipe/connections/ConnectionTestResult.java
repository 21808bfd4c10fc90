package io.pinpipe.connections;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What "Test connection" found out. */
public sealed interface ConnectionTestResult {

    Duration took();

    /** One line for a status bar or the command line. */
    String summary();

    record Ok(String clusterId, int brokerCount, Optional<String> controller, Duration took) implements ConnectionTestResult {
        public Ok {
            Objects.requireNonNull(clusterId, "clusterId");
            Objects.requireNonNull(controller, "controller");
        }

        @Override
        public String summary() {
            return "Connected to cluster " + clusterId + ": " + brokerCount + (brokerCount == 1 ? " broker" : " brokers")
                    + controller.map(node -> ", controller " + node).orElse("") + " (" + took.toMillis() + " ms)";
        }
    }

    /** {@code message} is the sentence to show; {@code detail} the technical cause, one click away. */
    record Failed(String message, String detail, Duration took) implements ConnectionTestResult {
        public Failed {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String summary() {
            return message;
        }
    }
}
