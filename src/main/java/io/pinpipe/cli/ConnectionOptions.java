package io.pinpipe.cli;

import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.settings.AppPaths;
import picocli.CommandLine.Option;

import java.util.Properties;

/**
 * Which cluster a command talks to (a picocli mixin). Without options: the running local sandbox.
 * Placeholder with --bootstrap (plaintext) only; the connections work adds --auth, --connection and
 * --command-config.
 */
public final class ConnectionOptions {

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Bootstrap servers. Default: the running local sandbox.")
    String bootstrap;

    /** Kafka client properties (bootstrap, security) for the cluster these options name. */
    public Properties clientProperties() {
        var properties = new Properties();
        properties.setProperty("bootstrap.servers", resolveBootstrap());
        return properties;
    }

    /** Where the command connects, for messages: never a secret. */
    public String describe() {
        return resolveBootstrap();
    }

    private String resolveBootstrap() {
        if (bootstrap != null && !bootstrap.isBlank()) {
            return bootstrap.strip();
        }
        return new SandboxBroker(AppPaths.fromEnvironment()).bootstrap().orElseThrow(() -> new IllegalArgumentException(
                "No cluster given and the local sandbox is not running: start it with 'pinpipe sandbox start' "
                        + "or pass --bootstrap HOST:PORT"));
    }
}
