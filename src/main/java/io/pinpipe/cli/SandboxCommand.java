package io.pinpipe.cli;

import picocli.CommandLine.Command;

/** Placeholder: replaced by the real command. */
@Command(name = "sandbox", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class SandboxCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("'sandbox' is not built yet");
    }
}
