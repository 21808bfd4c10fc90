package io.pinpipe.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateTimeSerializer;

import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** A row as the JSON object the pipeline downstream reads: columns in table order, datetimes as text. */
public final class RowJson {

    private final ObjectMapper mapper;

    public RowJson(DateTimeStyle style) {
        var format = DateTimeFormatter.ofPattern(style.pattern());
        var module = new SimpleModule("row-datetimes");
        module.addSerializer(LocalDateTime.class, new LocalDateTimeSerializer(format));
        module.addDeserializer(LocalDateTime.class, new LocalDateTimeDeserializer(format));
        this.mapper = new ObjectMapper().registerModule(module);
    }

    public String write(Map<String, Object> row) {
        try {
            return mapper.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write a row as JSON: " + e.getOriginalMessage(), e);
        }
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
}
