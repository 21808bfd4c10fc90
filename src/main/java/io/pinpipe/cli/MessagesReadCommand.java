package io.pinpipe.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code pinpipe messages read}. */
@Command(name = "read", mixinStandardHelpOptions = true, description = "To come.")
final class MessagesReadCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("helper: engine");
    }
}
