package io.pinpipe.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Turns any failure of a command into one line on stderr; the stack trace goes to the log file only. */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    static final int FAILED = 1;
    static final int BAD_USAGE = 2;
    private static final Logger log = LoggerFactory.getLogger(OneLineErrors.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        log.warn("Command '{}' failed", commandLine.getCommandName(), ex);
        commandLine.getErr().println("pinpipe: " + describe(ex));
        commandLine.getErr().flush();
        return FAILED;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        var commandLine = ex.getCommandLine();
        commandLine.getErr().println("pinpipe: " + ex.getMessage() + " (see '"
                + commandLine.getCommandSpec().qualifiedName() + " --help')");
        commandLine.getErr().flush();
        return BAD_USAGE;
    }

    /** The innermost message a person can act on, on one line. */
    static String describe(Throwable error) {
        Throwable current = error;
        while (current.getMessage() == null && current.getCause() != null) {
            current = current.getCause();
        }
        var message = current.getMessage() != null ? current.getMessage() : current.getClass().getSimpleName();
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
