package io.pinpipe.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code pinpipe messages export}. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "To come.")
final class MessagesExportCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("helper: engine");
    }
}
