package io.pinpipe.messages;

import io.pinpipe.messages.OutgoingMessages.ValueFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutgoingMessagesTest {

    @TempDir
    Path folder;

    @Test
    void formFieldsBecomeAMessage() {
        var message = OutgoingMessages.of("", "{\n  \"a\": 1\n}", ValueFormat.JSON, List.of("trace=a=b", "", "empty="),
                OptionalInt.of(2));

        assertThat(message.key()).isNull();
        assertThat(new String(message.value(), StandardCharsets.UTF_8)).isEqualTo("{\n  \"a\": 1\n}");
        assertThat(message.headers()).containsExactly(Message.Header.of("trace", "a=b"), Message.Header.of("empty", ""));
        assertThat(message.partition()).hasValue(2);
    }

    @Test
    void jsonThatDoesNotParseNamesLineAndColumn() {
        assertThatThrownBy(() -> OutgoingMessages.of("k", "{\n  \"a\": }", ValueFormat.JSON, List.of(), OptionalInt.empty()))
                .isInstanceOf(MessageException.class)
                .hasMessage("Value is not JSON: line 2, column 8: unexpected character '}'");
        assertThatThrownBy(() -> OutgoingMessages.of("k", "{\"a\": 1} x", ValueFormat.JSON, List.of(), OptionalInt.empty()))
                .hasMessageStartingWith("Value is not JSON: line 1, column 10: ");
        assertThatThrownBy(() -> OutgoingMessages.of("k", "{\"a\": 1", ValueFormat.JSON, List.of(), OptionalInt.empty()))
                .hasMessageStartingWith("Value is not JSON: line 1, column ");
        assertThat(OutgoingMessages.of("k", "not json {", ValueFormat.TEXT, List.of(), OptionalInt.empty()).value())
                .asString(StandardCharsets.UTF_8).isEqualTo("not json {");
    }

    @Test
    void aHeaderWithoutEqualsIsNamed() {
        assertThatThrownBy(() -> OutgoingMessages.of("k", "v", ValueFormat.TEXT, List.of("a=1", "oops"), OptionalInt.empty()))
                .hasMessage("Header 2 (\"oops\") has no '=': write it as name=value");
    }

    @Test
    void aSimpleLineTakesJsonValuesAndHeadersAsAnObject() {
        var message = OutgoingMessages.fromJsonLine(
                "{\"key\": 42, \"value\": {\"country\": \"Albania\", \"n\": [1, 2]}, \"headers\": {\"source\": \"file\"}, \"partition\": 1}", 1);

        assertThat(message.key()).asString(StandardCharsets.UTF_8).isEqualTo("42");
        assertThat(message.value()).asString(StandardCharsets.UTF_8).isEqualTo("{\"country\": \"Albania\", \"n\": [1, 2]}");
        assertThat(message.headers()).containsExactly(Message.Header.of("source", "file"));
        assertThat(message.partition()).hasValue(1);
    }

    @Test
    void aJsonValueIsSentAsWrittenWithItsNumbersAndEscapes() {
        var line = "{\"value\":{\"a\":1.50,\"b\":1E2,\"c\":12345678901234567890.5,\"d\":\"\\u00e9\\n\"},"
                + "\"key\":1.50,\"headers\":{\"n\":1E2}}";

        var message = OutgoingMessages.fromJsonLine(line, 1);

        assertThat(message.value()).asString(StandardCharsets.UTF_8)
                .isEqualTo("{\"a\":1.50,\"b\":1E2,\"c\":12345678901234567890.5,\"d\":\"\\u00e9\\n\"}");
        assertThat(message.key()).asString(StandardCharsets.UTF_8).isEqualTo("1.50");
        assertThat(message.headers()).containsExactly(Message.Header.of("n", "1E2"));
    }

    @Test
    void theFirstBadLineOfAFileIsNamedByNumber() throws Exception {
        var file = Files.writeString(folder.resolve("in.jsonl"),
                "{\"value\": \"a\"}\n\n{\"value\": \"b\"}\n{\"value\": \"c\"\n{\"value\": }\n");

        assertThatThrownBy(() -> OutgoingMessages.readJsonLines(file))
                .isInstanceOf(MessageException.class)
                .hasMessageStartingWith("Line 4 is not JSON: column ");
        Files.writeString(file, "{\"value\": \"a\"}\n[1]\n");
        assertThatThrownBy(() -> OutgoingMessages.readJsonLines(file)).hasMessageStartingWith("Line 2 is not a JSON object");
        Files.writeString(file, "{\"key\": \"a\"}\n");
        assertThatThrownBy(() -> OutgoingMessages.readJsonLines(file)).hasMessageStartingWith("Line 1 has no \"value\" field");
        Files.writeString(file, "{\"value\": \"a\", \"partition\": -1}\n");
        assertThatThrownBy(() -> OutgoingMessages.readJsonLines(file)).hasMessageContaining("Line 1 has \"partition\": -1");
    }

    @Test
    void aByteThatIsNotUtf8IsNamedByTheLineThatHoldsIt() throws Exception {
        var text = new StringBuilder();
        for (var i = 1; i <= 40; i++) {
            text.append("{\"value\": \"").append("x".repeat(500)).append(i).append("\"}\n");
        }
        var bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[]{'{', '"', 'v', 'a', 'l', 'u', 'e', '"', ':', '"', (byte) 0xff, '"', '}', '\n'});
        bytes.writeBytes("{\"value\": \"after\"}\n".getBytes(StandardCharsets.UTF_8));
        var file = Files.write(folder.resolve("in.jsonl"), bytes.toByteArray());

        assertThatThrownBy(() -> OutgoingMessages.readJsonLines(file))
                .hasMessage("Line 41 of " + file + " is not UTF-8 text (JSON lines must be)");
    }

    @Test
    void aHeaderLosesTheSpaceAroundBothNameAndValue() {
        assertThat(OutgoingMessages.headers(List.of(" a = b ", "expr= x=y"))).containsExactly(
                Message.Header.of("a", "b"), Message.Header.of("expr", "x=y"));
    }

    @Test
    void aLineKeepsItsNumberAndWithKeepTimestampsItsTimestamp() throws Exception {
        var file = Files.writeString(folder.resolve("in.jsonl"),
                "\n{\"value\": \"a\", \"timestamp\": \"2026-01-02T03:04:05Z\"}\n{\"value\": \"b\", \"timestamp\": 5}\n");

        var kept = new java.util.ArrayList<OutgoingMessage>();
        JsonLinesFile.check(file, true).forEach(kept::add);

        assertThat(kept).extracting(OutgoingMessage::line).containsExactly(OptionalInt.of(2), OptionalInt.of(3));
        assertThat(kept).extracting(OutgoingMessage::timestamp).containsExactly(
                java.util.Optional.of(java.time.Instant.parse("2026-01-02T03:04:05Z")), java.util.Optional.of(java.time.Instant.ofEpochMilli(5)));
        assertThat(OutgoingMessages.readJsonLines(file)).allSatisfy(message -> assertThat(message.timestamp()).isEmpty());
        Files.writeString(file, "{\"value\": \"a\", \"timestamp\": \"yesterday\"}\n");
        assertThatThrownBy(() -> JsonLinesFile.check(file, true)).hasMessageStartingWith("Line 1 has \"timestamp\": \"yesterday\"");
    }

    @Test
    void blankLinesAreSkipped() throws Exception {
        var file = Files.writeString(folder.resolve("in.jsonl"), "{\"value\": \"a\"}\n\n  \n{\"value\": null, \"key\": \"k\"}\n");

        var messages = OutgoingMessages.readJsonLines(file);

        assertThat(messages).hasSize(2);
        assertThat(messages.get(1).value()).isNull();
    }
}
