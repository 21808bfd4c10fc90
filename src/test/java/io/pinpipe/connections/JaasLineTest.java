package io.pinpipe.connections;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JaasLineTest {

    @Test
    void readsQuotedAndBareOptions() {
        var line = JaasLine.parse("org.example.Module  required a=\"x y\" b=plain\n c=\"q\\\"uote\";");

        assertThat(line.loginModule()).isEqualTo("org.example.Module");
        assertThat(line.options()).containsExactly(Map.entry("a", "x y"), Map.entry("b", "plain"), Map.entry("c", "q\"uote"));
    }

    @Test
    void writesWhatItReads() {
        var line = new JaasLine("org.example.Module", Map.of("user", "a\\b\"c"));

        assertThat(JaasLine.parse(line.render())).isEqualTo(line);
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> JaasLine.parse("org.example.Module required")).hasMessage("sasl.jaas.config must end with ';'");
        assertThatThrownBy(() -> JaasLine.parse("required;")).hasMessageStartingWith("sasl.jaas.config is not");
        assertThatThrownBy(() -> JaasLine.parse("org.example.Module required a=\"x\" junk;"))
                .hasMessage("sasl.jaas.config has text that is not key=\"value\" after the login module");
    }

    @Test
    void neverPrintsOptionValues() {
        assertThat(JaasLine.parse("m.M required password=\"hunter2\";").toString()).doesNotContain("hunter2");
    }
}
