package io.pinpipe.messages;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MessageJsonTest {

    private static final Instant AT = Instant.parse("2026-12-07T21:05:09.123Z");

    @Test
    void aTextMessageIsOneLineInTheDocumentedForm() {
        var message = new Message("t", 2, 41, AT, TimestampType.CREATE_TIME, utf8("user-7"), utf8("{\"n\":1}"),
                List.of(Message.Header.of("trace", "abc")));

        assertThat(MessageJson.line(message)).isEqualTo("{\"partition\":2,\"offset\":41,\"timestamp\":\"2026-12-07T21:05:09.123Z\","
                + "\"timestampType\":\"CREATE_TIME\",\"key\":\"user-7\",\"value\":\"{\\\"n\\\":1}\","
                + "\"headers\":[{\"key\":\"trace\",\"value\":\"abc\"}]}");
    }

    @Test
    void bytesThatAreNotUtf8AreBase64AndComeBackByteExact() {
        var binary = new byte[]{(byte) 0xff, 0, (byte) 0xc3, 0x28, 10, (byte) 0x80, (byte) 0xed, (byte) 0xa0, (byte) 0x80};
        var message = new Message("t", 0, 1, AT, TimestampType.LOG_APPEND_TIME, binary, binary,
                List.of(new Message.Header("bin", binary), new Message.Header("none", null)));

        var line = MessageJson.line(message);
        var back = OutgoingMessages.fromJsonLine(line, 1);

        assertThat(line).contains("\"keyEncoding\":\"base64\"", "\"valueEncoding\":\"base64\"", "\"encoding\":\"base64\"");
        assertThat(back.key()).isEqualTo(binary);
        assertThat(back.value()).isEqualTo(binary);
        assertThat(back.headers()).containsExactly(new Message.Header("bin", binary), new Message.Header("none", null));
        assertThat(back.partition()).hasValue(0);
    }

    @Test
    void nullKeyAndValueStayNullAndTextWithControlCharactersRoundTrips() {
        var tricky = utf8("tab\tnew\nline \"quoted\" \u0001 ünï 😀 \\");
        var tombstone = new Message("t", 1, 9, AT, TimestampType.CREATE_TIME, null, null, List.of());
        var text = new Message("t", 1, 10, AT, TimestampType.CREATE_TIME, tricky, tricky, List.of(new Message.Header("h", tricky)));

        var none = OutgoingMessages.fromJsonLine(MessageJson.line(tombstone), 1);
        var back = OutgoingMessages.fromJsonLine(MessageJson.line(text), 2);

        assertThat(MessageJson.line(text)).doesNotContain("\n").doesNotContain("Encoding");
        assertThat(none.key()).isNull();
        assertThat(none.value()).isNull();
        assertThat(back.key()).isEqualTo(tricky);
        assertThat(back.value()).isEqualTo(tricky);
        assertThat(back.headers()).containsExactly(new Message.Header("h", tricky));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
