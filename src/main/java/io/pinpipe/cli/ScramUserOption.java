package io.pinpipe.cli;

import io.pinpipe.connections.SecretSource;
import picocli.CommandLine.Option;

import java.util.Optional;

/** {@code --scram-user USER} (a picocli mixin); the password never comes from the command line. */
final class ScramUserOption {

    @Option(names = "--scram-user", paramLabel = "USER",
            description = "scram: the user. Its password is never saved or written: to connect, it comes from "
                    + SecretSource.SCRAM_PASSWORD_VARIABLE + ", else it is asked for.")
    String user;

    boolean given() {
        return user != null;
    }

    Optional<String> user() {
        return Optional.ofNullable(user);
    }
}
