package io.pinpipe.cli;

import picocli.CommandLine.Command;

/** Placeholder: replaced by the real command. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class DbCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("'db' is not built yet");
    }
}
