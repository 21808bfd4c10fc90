package io.pinpipe.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code pinpipe messages produce}. */
@Command(name = "produce", mixinStandardHelpOptions = true, description = "To come.")
final class MessagesProduceCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("helper: produce");
    }
}
