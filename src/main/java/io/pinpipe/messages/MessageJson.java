package io.pinpipe.messages;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

/**
 * A message as one JSON line, the export file's form and "Copy message": {@code partition}, {@code offset},
 * {@code timestamp} (ISO-8601), {@code timestampType}, {@code key}, {@code value}, {@code headers} (a list of
 * {@code {"key":..., "value":...}}). Keys, values and header values are strings when they are UTF-8, else base64 with
 * {@code "keyEncoding"/"valueEncoding": "base64"} (header: {@code "encoding"}); null stays null. The same line,
 * read back by {@link OutgoingMessages#fromJsonLine}, produces the same bytes.
 * <p>
 * For example {@code {"partition":2,"offset":41,"timestamp":"2026-12-07T21:05:09.123Z","timestampType":"CREATE_TIME",
 * "key":"user-7","value":"{\"n\":1}","headers":[{"key":"trace","value":"abc"}]}}.
 */
public final class MessageJson {

    static final String BASE64 = "base64";
    static final JsonFactory FACTORY = new JsonFactory();

    private MessageJson() {
    }

    public static String line(Message message) {
        var out = new StringWriter(128 + (int) Math.min(message.size() * 2, 1 << 20));
        try (var json = FACTORY.createGenerator(out)) {
            write(json, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The headers alone as the line's JSON list, for the CSV export's headers column. */
    static String headers(List<Message.Header> headers) {
        var out = new StringWriter();
        try (var json = FACTORY.createGenerator(out)) {
            writeHeaders(json, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, Message message) throws IOException {
        json.writeStartObject();
        json.writeNumberField("partition", message.partition());
        json.writeNumberField("offset", message.offset());
        json.writeStringField("timestamp", message.timestamp().toString());
        json.writeStringField("timestampType", message.timestampType().name());
        writeBytes(json, "key", "keyEncoding", message.key());
        writeBytes(json, "value", "valueEncoding", message.value());
        json.writeFieldName("headers");
        writeHeaders(json, message.headers());
        json.writeEndObject();
    }

    private static void writeHeaders(JsonGenerator json, List<Message.Header> headers) throws IOException {
        json.writeStartArray();
        for (var header : headers) {
            json.writeStartObject();
            json.writeStringField("key", header.name());
            writeBytes(json, "value", "encoding", header.value());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** {@code "field": "text"}, {@code "field": null}, or {@code "field": "base64...", "encodingField": "base64"}. */
    private static void writeBytes(JsonGenerator json, String field, String encodingField, byte[] bytes) throws IOException {
        if (bytes == null) {
            json.writeNullField(field);
            return;
        }
        var text = Utf8.text(bytes);
        if (text.isPresent()) {
            json.writeStringField(field, text.get());
        } else {
            json.writeStringField(field, Base64.getEncoder().encodeToString(bytes));
            json.writeStringField(encodingField, BASE64);
        }
    }
}
