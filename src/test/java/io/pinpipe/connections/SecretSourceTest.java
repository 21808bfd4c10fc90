package io.pinpipe.connections;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SecretSourceTest {

    private final Secret scram = new Secret.ScramPassword("alice", "kafka:9096");
    private final Secret truststore = new Secret.TruststorePassword(Path.of("/t.p12"));

    @Test
    void theEnvironmentHasAVariablePerKindAndIgnoresEmptyOnes() {
        var env = Map.of("PINPIPE_SCRAM_PASSWORD", "s", "PINPIPE_TRUSTSTORE_PASSWORD", "");

        assertThat(SecretSource.environment(env::get).find(scram)).contains("s");
        assertThat(SecretSource.environment(env::get).find(truststore)).isEmpty();
    }

    @Test
    void aPromptIsAskedOnlyForScramPasswordsAndOnlyWhenEarlierSourcesHaveNone() {
        var questions = new ArrayList<String>();
        var prompt = SecretSource.prompting(question -> {
            questions.add(question);
            return Optional.of("typed".toCharArray());
        });

        assertThat(SecretSource.environment(name -> null).orElse(prompt).find(scram)).contains("typed");
        assertThat(prompt.find(truststore)).isEmpty();
        assertThat(SecretSource.scramPassword("given").orElse(prompt).find(scram)).contains("given");
        assertThat(questions).containsExactly("SCRAM password for alice at kafka:9096: ");
    }
}
