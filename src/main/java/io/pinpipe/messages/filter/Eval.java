package io.pinpipe.messages.filter;

import com.fasterxml.jackson.databind.JsonNode;
import io.pinpipe.messages.Message;

import java.nio.charset.StandardCharsets;

/**
 * One message while one expression is tested against it: the key and value decoded, and the JSON fields the
 * expression reads taken from the value, at most once each and only when a condition asks (so
 * {@code a > 1 and b = 2} reads the value once, {@code contains} never decodes it).
 */
final class Eval {

    final Message message;
    private final JsonFields fields;
    private String keyText;
    private String valueText;
    private JsonNode[] json;
    private boolean jsonRead;

    Eval(Message message, JsonFields fields) {
        this.message = message;
        this.fields = fields;
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

    /** A field of the value as JSON, or null when the value is not JSON or has no such field. */
    JsonNode field(JsonPath path) {
        if (!jsonRead) {
            jsonRead = true;
            json = fields.read(message.value());
        }
        if (json == null) {
            return null;
        }
        int slot = fields.slotOf(path);
        return slot < 0 ? null : json[slot];
    }
}
