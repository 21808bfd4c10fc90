package io.pinpipe.cli;

import java.util.Optional;
import java.util.function.Function;

/** A database password from the environment, else from the person at the terminal; never from a file. */
final class PasswordSource {

    static final String VARIABLE = "PINPIPE_DB_PASSWORD";

    /** Asks for a password without echoing it; empty when there is nobody to ask. */
    @FunctionalInterface
    interface Prompt {
        Prompt CONSOLE = question -> Optional.ofNullable(System.console())
                .flatMap(console -> Optional.ofNullable(console.readPassword("%s", question)));

        Optional<char[]> ask(String question);
    }

    private final Function<String, String> env;
    private final Prompt prompt;

    PasswordSource(Function<String, String> env, Prompt prompt) {
        this.env = env;
        this.prompt = prompt;
    }

    /** An empty variable means an empty password, which some local databases use. */
    String passwordFor(String user, String where) {
        var fromEnvironment = env.apply(VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        return prompt.ask("Password for " + user + " at " + where + ": ").map(String::new)
                .orElseThrow(() -> new IllegalStateException("No database password: set " + VARIABLE
                        + " (an empty value means no password), or run in a terminal to be asked for it"));
    }
}
