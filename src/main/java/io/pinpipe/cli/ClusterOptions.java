package io.pinpipe.cli;

import io.pinpipe.consumers.GroupAdmin;
import io.pinpipe.topics.TopicAdmin;
import picocli.CommandLine.Mixin;

import java.time.Duration;

/** Which cluster a command asks and how long it waits for the answer (a picocli mixin): connection options and --timeout. */
final class ClusterOptions {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    TimeoutOption timeout;

    TopicAdmin admin() {
        return TopicAdmin.connect(connection.clientProperties(), connection.describe(), timeout.duration());
    }

    GroupAdmin groups() {
        return GroupAdmin.connect(connection.clientProperties(), connection.describe(), timeout.duration());
    }

    /** Where the command connects, for messages. */
    String describe() {
        return connection.describe();
    }

    Duration timeout() {
        return timeout.duration();
    }
}
