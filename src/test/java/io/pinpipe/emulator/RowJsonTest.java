package io.pinpipe.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateTimeSerializer;
import io.pinpipe.sandbox.SampleDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The emulator writes rows without Jackson's generator; downstream readers must not see a byte of difference, so
 * every check here compares with what a plain Jackson mapper writes for the same row.
 */
class RowJsonTest {

    private static final ObjectMapper ISO_JACKSON = jackson(DateTimeStyle.ISO);

    @Test
    void everyCharacterIsWrittenAsJacksonWritesIt() throws Exception {
        var json = new RowJson(DateTimeStyle.ISO);
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            var text = "a" + (char) c + "b" + (char) c;
            var row = Map.<String, Object>of("t" + (char) c, text);
            assertThat(json.writeBytes(row)).as("U+%04X", c).isEqualTo(ISO_JACKSON.writeValueAsBytes(row));
        }
    }

    @Test
    void charactersOutsideTheBasicPlaneAndEscapesTogether() throws Exception {
        var row = new LinkedHashMap<String, Object>();
        row.put("emoji", "Pins \uD83D\uDCCC and \uD83C\uDF89 \"quoted\" \\ back\nslash\ttab\u0000\u001f\u007f/");
        row.put("mixed", "caf\u00e9 \u65e5\u672c \u0645\u0631\u062d\u0628\u0627");
        assertThat(new RowJson(DateTimeStyle.ISO).writeBytes(row)).isEqualTo(ISO_JACKSON.writeValueAsBytes(row));
        assertThat(new String(new RowJson(DateTimeStyle.ISO).writeBytes(row), StandardCharsets.UTF_8)).contains("Pins \uD83D\uDCCC and");
    }

    @Test
    void escapesAnywhereInLongAndShortStringsAsJacksonWritesThem() throws Exception {
        String[] pieces = {"a", "Z", " ", "\"", "\\", "\n", "\u0001", "\u001f", "\u007f", "\u00e9", "\u65e5", "\uD83D\uDCCC", "0123456"};
        var random = new Random(7);
        var json = new RowJson(DateTimeStyle.ISO);
        for (int i = 0; i < 20_000; i++) {
            var text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            var row = Map.<String, Object>of("text", text.toString());
            assertThat(json.writeBytes(row)).as(text.toString()).isEqualTo(ISO_JACKSON.writeValueAsBytes(row));
        }
    }

    @Test
    void numbersAsJacksonWritesThem() throws Exception {
        var random = new Random(42);
        var json = new RowJson(DateTimeStyle.ISO);
        for (int i = 0; i < 20_000; i++) {
            var row = new LinkedHashMap<String, Object>();
            row.put("d", Double.longBitsToDouble(random.nextLong()));
            row.put("coordinate", random.nextDouble() * 360 - 180);
            row.put("i", random.nextInt());
            row.put("l", random.nextLong());
            assertThat(json.write(row)).isEqualTo(ISO_JACKSON.writeValueAsString(row));
        }
        var special = new LinkedHashMap<String, Object>();
        special.put("nan", Double.NaN);
        special.put("up", Double.POSITIVE_INFINITY);
        special.put("zero", -0.0);
        special.put("tiny", Double.MIN_VALUE);
        special.put("int", Integer.MIN_VALUE);
        special.put("long", Long.MIN_VALUE);
        special.put("decimal", new BigDecimal("12.50"));
        special.put("yes", true);
        special.put("none", null);
        assertThat(json.write(special)).isEqualTo(ISO_JACKSON.writeValueAsString(special))
                .contains("\"nan\":\"NaN\"", "\"decimal\":12.50", "\"none\":null");
    }

    @ParameterizedTest
    @EnumSource(DateTimeStyle.class)
    void datetimesAndDatesInEitherStyleEvenFarOutYears(DateTimeStyle style) throws Exception {
        var row = new LinkedHashMap<String, Object>();
        row.put("early", LocalDateTime.of(1, 1, 1, 0, 0, 0));
        row.put("usual", LocalDateTime.of(2020, 8, 28, 3, 52, 47, 123_000_000));
        row.put("late", LocalDateTime.of(9999, 12, 31, 23, 59, 59));
        row.put("beyond", LocalDateTime.of(12345, 6, 7, 8, 9, 10));
        row.put("day", LocalDate.of(2019, 2, 3));
        assertThat(new RowJson(style).write(row)).isEqualTo(jackson(style).writeValueAsString(row));
        assertThat(new RowJson(style).write(row)).contains("\"usual\":\"2020-08-28" + (style == DateTimeStyle.ISO ? "T" : " ")
                + "03:52:47\"", "\"day\":\"2019-02-03\"");
    }

    @Test
    void everySampleRowAsJacksonWritesIt() throws Exception {
        var json = new RowJson(DateTimeStyle.ISO);
        var dataset = SampleDataset.standard();
        for (int id = 0; id < dataset.rowCount(); id += 7) {
            for (var table : SourceTable.values()) {
                var expected = SandboxSource.expected(table, id);
                assertThat(json.write(Row.copyOf(expected))).isEqualTo(ISO_JACKSON.writeValueAsString(expected));
            }
        }
    }

    @Test
    void aLoneSurrogateIsNotTextAndBecomesAQuestionMarkRatherThanFailingTheRow() {
        var row = Map.<String, Object>of("broken", "a\uD83Db");
        assertThat(new String(new RowJson(DateTimeStyle.ISO).writeBytes(row), StandardCharsets.UTF_8))
                .isEqualTo("{\"broken\":\"a?b\"}");
    }

    @Test
    void aRowIsEqualToTheMapWithTheSameEntriesAndReadsLikeOne() {
        var map = new LinkedHashMap<String, Object>();
        map.put("ind", 7);
        map.put("country", "Chad");
        map.put("note", null);
        var row = Row.copyOf(map);
        assertThat(row).isEqualTo(map).hasSameHashCodeAs(map).containsEntry("country", "Chad").containsKey("note");
        assertThat(row.get("missing")).isNull();
        assertThat(row.keySet()).containsExactly("ind", "country", "note");
        assertThat(row.toString()).isEqualTo(map.toString());
    }

    private static ObjectMapper jackson(DateTimeStyle style) {
        var format = DateTimeFormatter.ofPattern(style.pattern());
        var module = new SimpleModule("reference");
        module.addSerializer(LocalDateTime.class, new LocalDateTimeSerializer(format));
        module.addSerializer(LocalDate.class, new LocalDateSerializer(DateTimeFormatter.ISO_LOCAL_DATE));
        // Its UTF-8 generator otherwise writes a character beyond U+FFFF as two escaped halves (backslash-u
        // D83D, backslash-u DCCC); the emulator writes the character's four UTF-8 bytes, as the feature below does.
        return JsonMapper.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build().registerModule(module);
    }
}
