package io.pinpipe.emulator;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateTimeSerializer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** A row as the JSON object the pipeline downstream reads: columns in table order, datetimes as text. */
public final class RowJson {

    private final ObjectMapper mapper;
    private final DateTimeFormatter format;

    public RowJson(DateTimeStyle style) {
        this.format = DateTimeFormatter.ofPattern(style.pattern());
        var module = new SimpleModule("row-datetimes");
        module.addSerializer(LocalDateTime.class, new LocalDateTimeSerializer(format));
        module.addDeserializer(LocalDateTime.class, new LocalDateTimeDeserializer(format));
        this.mapper = new ObjectMapper().registerModule(module);
    }

    public String write(Map<String, Object> row) {
        var out = new StringWriter(256);
        try (var generator = mapper.getFactory().createGenerator(out)) {
            write(generator, row);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a row as JSON: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** The same JSON as {@link #write}, as UTF-8 bytes, without a String in between. */
    public byte[] writeBytes(Map<String, Object> row) {
        var out = new ByteArrayBuilder(mapper.getFactory()._getBufferRecycler(), 256);
        try (var generator = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            write(generator, row);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a row as JSON: " + e.getMessage(), e);
        }
        var bytes = out.toByteArray();
        out.release();
        return bytes;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> read(String json) {
        try {
            return mapper.readValue(json, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Not a JSON row: " + e.getOriginalMessage(), e);
        }
    }

    /** The column types a source gives written directly: a map serializer's lookups per value cost a third of a run. */
    private void write(JsonGenerator generator, Map<String, Object> row) throws IOException {
        generator.writeStartObject();
        for (var column : row.entrySet()) {
            generator.writeFieldName(column.getKey());
            var value = column.getValue();
            if (value == null) {
                generator.writeNull();
            } else if (value instanceof String text) {
                generator.writeString(text);
            } else if (value instanceof Integer number) {
                generator.writeNumber(number);
            } else if (value instanceof Long number) {
                generator.writeNumber(number);
            } else if (value instanceof Double number) {
                generator.writeNumber(number);
            } else if (value instanceof LocalDateTime time) {
                generator.writeString(format.format(time));
            } else {
                mapper.writeValue(generator, value);
            }
        }
        generator.writeEndObject();
    }
}
