package io.pinpipe.cli;

/** {@code pinpipe ...} as its own JVM, for tests about what outlives the command. */
public final class CliProcessMain {

    private CliProcessMain() {
    }

    public static void main(String[] args) {
        System.exit(PinpipeCommand.run(args));
    }
}
