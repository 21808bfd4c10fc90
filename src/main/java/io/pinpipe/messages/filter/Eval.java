package io.pinpipe.messages.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pinpipe.messages.Message;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * One message while one expression is tested against it: the key and value decoded and the value's JSON parsed
 * at most once, and only when a condition asks (so {@code a > 1 and b = 2} parses once, {@code contains} never).
 */
final class Eval {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Message message;
    private String keyText;
    private String valueText;
    private JsonNode json;
    private boolean jsonTried;

    Eval(Message message) {
        this.message = message;
    }

    /** The key as text (malformed UTF-8 replaced), or null for a null key. */
    String keyText() {
        if (keyText == null && message.key() != null) {
            keyText = new String(message.key(), StandardCharsets.UTF_8);
        }
        return keyText;
    }

    String valueText() {
        if (valueText == null && message.value() != null) {
            valueText = new String(message.value(), StandardCharsets.UTF_8);
        }
        return valueText;
    }

    /** The value as a JSON object or array, or null when it is not one (null, text, binary, broken JSON). */
    JsonNode json() {
        if (!jsonTried) {
            jsonTried = true;
            json = parse(message.value());
        }
        return json;
    }

    static JsonNode parse(byte[] value) {
        if (value == null || !startsLikeJson(value)) {
            return null;
        }
        try {
            return JSON.readTree(value);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static boolean startsLikeJson(byte[] bytes) {
        for (byte b : bytes) {
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                continue;
            }
            return b == '{' || b == '[';
        }
        return false;
    }
}
