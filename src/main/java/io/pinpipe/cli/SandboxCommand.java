package io.pinpipe.cli;

import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.sandbox.SandboxOptions;
import io.pinpipe.sandbox.SandboxStartException;
import io.pinpipe.sandbox.SandboxStatus;
import io.pinpipe.settings.AppPaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.HashSet;
import java.util.concurrent.Callable;

/** {@code pinpipe sandbox start|status|stop|reset}: the same sandbox broker the window controls. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "The local sandbox Kafka broker, which keeps running after this command returns.",
        subcommands = {SandboxCommand.Start.class, SandboxCommand.Status.class, SandboxCommand.Stop.class,
                SandboxCommand.Reset.class})
public final class SandboxCommand implements Runnable {

    /** Exit code of {@code status} when no broker runs, so scripts can tell it from a failure (1). */
    static final int STOPPED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: start, status, stop or reset");
    }

    private static SandboxBroker broker(SandboxOptions options) {
        return new SandboxBroker(AppPaths.fromEnvironment().ensureExist(), options);
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Starts the broker in the background (or finds it running) and prints bootstrap=HOST:PORT.")
    static final class Start implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + SandboxOptions.DEFAULT_PORT,
                description = "Client port to try first (default: ${DEFAULT-VALUE}); a free one is used if it is taken.")
        int port;

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
            var broker = broker(SandboxOptions.defaults().withPreferredPort(port));
            try {
                var said = new HashSet<String>();
                var started = broker.start((fraction, message) -> {
                    if (fraction < 1.0) {
                        // Steps get "..."; a sentence (such as a move to another port) is printed as it is.
                        err.println(message.endsWith(".") ? message : message + "...");
                        said.add(message);
                    }
                }, () -> false);
                started.note().filter(note -> !said.contains(note)).ifPresent(err::println);
                spec.commandLine().getOut().println("bootstrap=" + started.bootstrap());
                return 0;
            } catch (SandboxStartException e) {
                // The one-line error follows; the broker's own last words come first.
                e.logTail().forEach(line -> err.println("  | " + line));
                throw e;
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Prints 'running bootstrap=... pid=... since=...' (exit 0) or 'stopped' (exit 3).")
    static final class Status implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            if (broker(SandboxOptions.defaults()).status() instanceof SandboxStatus.Running running) {
                out.println("running bootstrap=" + running.bootstrap() + " pid=" + running.pid()
                        + " since=" + running.since());
                return 0;
            }
            out.println("stopped");
            return STOPPED;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Stops the broker, whichever process started it.")
    static final class Stop implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            broker(SandboxOptions.defaults()).stop();
            spec.commandLine().getOut().println("stopped");
            return 0;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Stops the broker and deletes all its topics and records.")
    static final class Reset implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--yes", description = "Confirms that every sandbox topic and record may be deleted.")
        boolean confirmed;

        @Override
        public Integer call() {
            if (!confirmed) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Reset deletes every sandbox topic and record; add --yes to confirm");
            }
            broker(SandboxOptions.defaults()).reset();
            spec.commandLine().getOut().println("reset");
            return 0;
        }
    }
}
