package io.pinpipe.workbench;

import io.pinpipe.connections.Connection;

import java.util.Optional;

/** How one pane sends the user to another without knowing it: by the other pane's key. */
public interface Navigator {

    /** Shows the pane with this key, first asking it to open {@code target}. */
    void show(String paneKey, Target target);

    /** The shortcut that shows a pane, for text that names it, e.g. "Ctrl+4". */
    String shortcut(String paneKey);

    /** What the pane shown should open: a connection, and in it a topic, a consumer group or a pipeline's prefix. */
    record Target(Connection connection, Optional<String> topic, Optional<String> group, Optional<String> prefix) {

        public Target(Connection connection, Optional<String> topic, Optional<String> group) {
            this(connection, topic, group, Optional.empty());
        }

        public static Target connection(Connection connection) {
            return new Target(connection, Optional.empty(), Optional.empty(), Optional.empty());
        }

        public Target topic(String name) {
            return new Target(connection, Optional.of(name), group, prefix);
        }

        public Target group(String id) {
            return new Target(connection, topic, Optional.of(id), prefix);
        }

        /** A pipeline's topic prefix: its topics are {@code <prefix>.pin}, {@code .geo} and {@code .user}. */
        public Target prefix(String name) {
            return new Target(connection, topic, group, Optional.of(name));
        }
    }
}
