package io.pinpipe.connections;

import java.util.Optional;
import java.util.function.Function;

/**
 * Where passwords come from when a connection is used: the environment, a prompt, a dialog. Nothing here
 * remembers a password beyond the call that asked for it, and nothing writes one anywhere.
 */
@FunctionalInterface
public interface SecretSource {

    String SCRAM_PASSWORD_VARIABLE = "PINPIPE_SCRAM_PASSWORD";
    String TRUSTSTORE_PASSWORD_VARIABLE = "PINPIPE_TRUSTSTORE_PASSWORD";

    Optional<String> find(Secret secret);

    /** This source first, then {@code next}. */
    default SecretSource orElse(SecretSource next) {
        return secret -> find(secret).or(() -> next.find(secret));
    }

    static SecretSource none() {
        return secret -> Optional.empty();
    }

    /** {@value #SCRAM_PASSWORD_VARIABLE} and {@value #TRUSTSTORE_PASSWORD_VARIABLE}; an empty value counts as unset. */
    static SecretSource environment(Function<String, String> env) {
        return secret -> {
            var variable = secret instanceof Secret.ScramPassword ? SCRAM_PASSWORD_VARIABLE : TRUSTSTORE_PASSWORD_VARIABLE;
            return Optional.ofNullable(env.apply(variable)).filter(value -> !value.isEmpty());
        };
    }

    /** Asks a person for SCRAM passwords (never for truststore ones: those rarely exist and are asked too often). */
    static SecretSource prompting(Function<String, Optional<char[]>> ask) {
        return secret -> secret instanceof Secret.ScramPassword
                ? ask.apply(secret.question()).map(String::new).filter(value -> !value.isEmpty())
                : Optional.empty();
    }

    /** A SCRAM password already typed, e.g. into a dialog. */
    static SecretSource scramPassword(String password) {
        return secret -> secret instanceof Secret.ScramPassword ? Optional.of(password) : Optional.empty();
    }
}
