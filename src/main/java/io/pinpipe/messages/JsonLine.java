package io.pinpipe.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.time.Instant;

/** One line of a JSON-lines file read into an {@link OutgoingMessage}; every error names the line. */
final class JsonLine {

    private final int number;
    private final java.util.Map<String, String> raw;
    private final boolean keepTimestamp;

    private JsonLine(int number, java.util.Map<String, String> raw, boolean keepTimestamp) {
        this.number = number;
        this.raw = raw;
        this.keepTimestamp = keepTimestamp;
    }

    static OutgoingMessage read(String line, int number) {
        return read(line, number, false);
    }

    /** With {@code keepTimestamp} the line's "timestamp" (ISO-8601 or epoch milliseconds) is kept; else ignored. */
    static OutgoingMessage read(String line, int number, boolean keepTimestamp) {
        var parsed = JsonText.parse(line);
        parsed.problem().ifPresent(problem -> {
            throw MessageException.invalid("Line " + number + " is not JSON: " + problem.withColumn());
        });
        var node = parsed.value().orElseThrow();
        if (!(node instanceof ObjectNode object)) {
            throw MessageException.invalid("Line " + number + " is not a JSON object: write it as {\"value\": ...}");
        }
        return new JsonLine(number, JsonText.rawValues(line), keepTimestamp).message(object);
    }

    private OutgoingMessage message(ObjectNode line) {
        if (!line.has("value")) {
            throw bad("has no \"value\" field (use \"value\": null for a tombstone)");
        }
        var key = bytes(line, "key", "keyEncoding");
        var value = bytes(line, "value", "valueEncoding");
        return new OutgoingMessage(key, value, headers(line.get("headers")), partition(line.get("partition")),
                keepTimestamp ? timestamp(line.get("timestamp")) : Optional.empty(), OptionalInt.of(number));
    }

    private byte[] bytes(ObjectNode line, String field, String encodingField) {
        var node = line.get(field);
        var encoding = line.get(encodingField);
        if (encoding != null && !encoding.isNull() && !MessageJson.BASE64.equals(encoding.asText())) {
            throw bad("has \"" + encodingField + "\": " + encoding + "; the only encoding known is \"base64\"");
        }
        return bytes(node, encoding != null && !encoding.isNull(), "\"" + field + "\"", field);
    }

    /** {@code path} names the value's original text in {@link #raw} (null: none), sent instead of Jackson's rewrite. */
    private byte[] bytes(JsonNode node, boolean base64, String what, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (base64) {
            if (!node.isTextual()) {
                throw bad("has a base64 " + what + " that is not a string");
            }
            try {
                return Base64.getDecoder().decode(node.textValue());
            } catch (IllegalArgumentException e) {
                throw bad("has a " + what + " that is not base64: " + e.getMessage());
            }
        }
        var original = path == null ? null : raw.get(path);
        var text = node.isTextual() ? node.textValue() : original != null ? original : node.toString();
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<Message.Header> headers(JsonNode node) {
        var headers = new ArrayList<Message.Header>();
        if (node == null || node.isNull()) {
            return headers;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    headers.add(new Message.Header(field.getKey(), bytes(field.getValue(), false, "header \"" + field.getKey() + "\"", "headers/" + field.getKey()))));
            return headers;
        }
        if (!node.isArray()) {
            throw bad("has \"headers\" that are neither an object {\"name\": \"value\"} nor a list of {\"key\", \"value\"}");
        }
        for (var item : node) {
            var name = item.get("key");
            if (!item.isObject() || name == null || !name.isTextual()) {
                throw bad("has a header without a \"key\" string: " + item);
            }
            var encoding = item.get("encoding");
            var base64 = encoding != null && !encoding.isNull();
            if (base64 && !MessageJson.BASE64.equals(encoding.asText())) {
                throw bad("has a header with \"encoding\": " + encoding + "; the only encoding known is \"base64\"");
            }
            headers.add(new Message.Header(name.textValue(), bytes(item.get("value"), base64, "header \"" + name.textValue() + "\"", null)));
        }
        return headers;
    }

    private OptionalInt partition(JsonNode node) {
        if (node == null || node.isNull()) {
            return OptionalInt.empty();
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() < 0) {
            throw bad("has \"partition\": " + node + "; it must be a whole number, 0 or more");
        }
        return OptionalInt.of(node.intValue());
    }

    private Optional<Instant> timestamp(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= 0) {
            return Optional.of(Instant.ofEpochMilli(node.longValue()));
        }
        try {
            if (node.isTextual()) {
                return Optional.of(Instant.parse(node.textValue()));
            }
        } catch (java.time.format.DateTimeParseException e) {
            // named below
        }
        throw bad("has \"timestamp\": " + node + "; it must be ISO-8601 such as \"2026-12-07T21:05:09.123Z\" or epoch milliseconds");
    }

    private MessageException bad(String what) {
        return MessageException.invalid("Line " + number + " " + what);
    }
}
