package io.pinpipe.topics;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTextTest {

    @Test
    void objectsAndArraysArePrettyPrinted() {
        assertThat(text("[1,2]").kind()).isEqualTo(ValueKind.JSON);
        assertThat(text("[1,2]").pretty()).isEqualTo("[ 1, 2 ]");
        assertThat(text(" {\"a\":{\"b\":true}} ").pretty()).isEqualTo("{\n  \"a\" : {\n    \"b\" : true\n  }\n}");
    }

    @Test
    void numbersWordsAndBrokenJsonStayText() {
        assertThat(text("42").kind()).isEqualTo(ValueKind.TEXT);
        assertThat(text("{\"a\":1} {\"b\":2}").kind()).isEqualTo(ValueKind.TEXT);
        assertThat(text("{not json}").pretty()).isEqualTo("{not json}");
        assertThat(text("Grüße").pretty()).isEqualTo("Grüße");
    }

    @Test
    void longBinaryIsCutShort() {
        var bytes = new byte[300];
        bytes[0] = (byte) 0xff;

        var text = MessageText.of(bytes);

        assertThat(text.kind()).isEqualTo(ValueKind.BINARY);
        assertThat(text.text()).hasSize(512 + 3).endsWith("...");
        assertThat(text.pretty()).startsWith("(300 bytes, not UTF-8) ff00");
    }

    private static MessageText.Text text(String value) {
        return MessageText.of(value.getBytes(StandardCharsets.UTF_8));
    }
}
