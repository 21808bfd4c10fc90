package io.pinpipe.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code pinpipe messages tail}. */
@Command(name = "tail", mixinStandardHelpOptions = true, description = "To come.")
final class MessagesTailCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("helper: engine");
    }
}
