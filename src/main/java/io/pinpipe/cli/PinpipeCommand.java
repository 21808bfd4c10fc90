package io.pinpipe.cli;

import io.pinpipe.core.AppVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The root of {@code pinpipe ...}: the same services the GUI uses, no JavaFX. */
@Command(name = "pinpipe",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Operations console for Apache Kafka on Amazon MSK. Without arguments it opens the window.",
        subcommands = {SandboxCommand.class, TopicsCommand.class, GroupsCommand.class, MessagesCommand.class, InsightsCommand.class, ConnectionsCommand.class, DbCommand.class,
                EmulateCommand.class, MskCommand.class, DoctorCommand.class})
public final class PinpipeCommand implements Runnable {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PinpipeCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CliRoot root = new CliRoot();

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line whose errors are one line on stderr and a non-zero exit, never a stack trace. */
    public static CommandLine commandLine() {
        return commandLine(new StdoutWriter(System.out), new PrintWriter(System.err, true));
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, CommandLine.defaultFactory());
    }

    /** With a factory of its own, a test can hand commands a fake environment or console. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        var commandLine = new CommandLine(new PinpipeCommand(), factory);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new OneLineErrors());
        commandLine.setParameterExceptionHandler(new OneLineErrors());
        commandLine.setExecutionStrategy(PinpipeCommand::logAndRun);
        return commandLine;
    }

    /** Logs which command ran (names only: arguments may hold URLs and user names), then runs it. */
    private static int logAndRun(CommandLine.ParseResult parseResult) {
        var path = new StringBuilder(parseResult.commandSpec().name());
        for (var sub = parseResult.subcommand(); sub != null; sub = sub.subcommand()) {
            path.append(' ').append(sub.commandSpec().name());
        }
        log.info("Running '{}' (pinpipe {})", path, AppVersion.current());
        var root = ((PinpipeCommand) parseResult.commandSpec().userObject()).root;
        return root.run(() -> new CommandLine.RunLast().execute(parseResult));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }
}
