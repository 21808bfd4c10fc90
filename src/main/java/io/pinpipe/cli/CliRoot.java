package io.pinpipe.cli;

import io.pinpipe.clusters.AwsEnvironment;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.root.Services;
import io.pinpipe.settings.AppPaths;

/**
 * The command line's side of the composition root: one {@link Services} per run of {@code pinpipe}, made when a
 * command first needs it (so {@code --help} touches no file) and closed when the command ends.
 */
final class CliRoot implements AutoCloseable {

    private static final ThreadLocal<CliRoot> RUNNING = new ThreadLocal<>();

    private Services services;

    synchronized Services services() {
        if (services == null) {
            services = Services.forCommandLine(AppPaths.fromEnvironment(), System::getenv,
                    SecretSource.prompting(PasswordSource.Prompt.CONSOLE::ask), AwsEnvironment.system());
        }
        return services;
    }

    /** Runs a command with this root as the one its commands and mixins (nested ones too) find; closes it afterwards. */
    int run(java.util.function.IntSupplier command) {
        RUNNING.set(this);
        try {
            return command.getAsInt();
        } finally {
            RUNNING.remove();
            close();
        }
    }

    /** The services of the command running on this thread. */
    static Services current() {
        var root = RUNNING.get();
        if (root == null) {
            throw new IllegalStateException("No 'pinpipe' command is running on this thread");
        }
        return root.services();
    }

    @Override
    public synchronized void close() {
        if (services != null) {
            services.close();
            services = null;
        }
    }
}
