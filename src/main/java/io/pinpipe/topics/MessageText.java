package io.pinpipe.topics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/** Turns the bytes of a key or value into something a person can read. */
final class MessageText {

    /** Enough hex to recognise a binary value without flooding the table. */
    private static final int HEX_LIMIT = 256;
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** {@code text} is the decoded form, {@code pretty} the one to show. */
    record Text(String text, ValueKind kind, String pretty) {
    }

    private MessageText() {
    }

    static Text of(byte[] bytes) {
        if (bytes == null) {
            return new Text("", ValueKind.NULL, "(null)");
        }
        var decoded = utf8(bytes);
        if (decoded.isEmpty()) {
            var hex = hex(bytes);
            return new Text(hex, ValueKind.BINARY, "(" + bytes.length + " bytes, not UTF-8) " + hex);
        }
        var text = decoded.get();
        return json(text).map(pretty -> new Text(text, ValueKind.JSON, pretty))
                .orElseGet(() -> new Text(text, ValueKind.TEXT, text));
    }

    /** A key as one line: its text, or hex when it is not UTF-8; empty for a null key. */
    static Optional<String> key(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        return Optional.of(utf8(bytes).orElseGet(() -> "0x" + hex(bytes)));
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Only objects and arrays count: a bare number or word is text that happens to parse. */
    private static Optional<String> json(String text) {
        var trimmed = text.strip();
        if (!(trimmed.startsWith("{") && trimmed.endsWith("}")) && !(trimmed.startsWith("[") && trimmed.endsWith("]"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(trimmed)));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String hex(byte[] bytes) {
        var shown = HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, HEX_LIMIT));
        return bytes.length > HEX_LIMIT ? shown + "..." : shown;
    }
}
