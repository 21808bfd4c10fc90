package io.pinpipe.workbench;

import io.pinpipe.connections.Connection;

import java.util.Optional;

/** How one pane sends the user to another without knowing it: by the other pane's key. */
public interface Navigator {

    /** Shows the pane with this key, first asking it to open {@code target}. */
    void show(String paneKey, Target target);

    /** The shortcut that shows a pane, for text that names it, e.g. "Ctrl+4". */
    String shortcut(String paneKey);

    /** What the pane shown should open: a connection, and in it a topic or a consumer group. */
    record Target(Connection connection, Optional<String> topic, Optional<String> group) {

        public static Target connection(Connection connection) {
            return new Target(connection, Optional.empty(), Optional.empty());
        }

        public Target topic(String name) {
            return new Target(connection, Optional.of(name), group);
        }

        public Target group(String id) {
            return new Target(connection, topic, Optional.of(id));
        }
    }
}
