package io.pinpipe.cli;

import io.pinpipe.connections.AuthMode;
import picocli.CommandLine.Option;

import java.util.Optional;

/** {@code --auth MODE} (a picocli mixin): how clients authenticate to the cluster. */
final class AuthModeOption {

    @Option(names = "--auth", paramLabel = "MODE",
            description = "plaintext, tls, scram (SASL/SCRAM-SHA-512) or iam (MSK IAM). To connect, plaintext if not given.")
    String mode;

    boolean given() {
        return mode != null;
    }

    /** @throws IllegalArgumentException naming the modes there are */
    Optional<AuthMode> mode() {
        return Optional.ofNullable(mode).map(AuthMode::fromId);
    }
}
