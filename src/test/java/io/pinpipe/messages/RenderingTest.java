package io.pinpipe.messages;

import io.pinpipe.messages.Rendering.Shown;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys and values as a person reads them: pretty JSON, text, or a hex dump. */
class RenderingTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final byte[] BINARY = {(byte) 0xff, 0x00, 0x41, (byte) 0xc3, 0x28, 0x7f, 0x20, 0x7e,
            0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a};

    @Test
    void autoShowsJsonObjectsAndArraysPretty() {
        assertThat(Rendering.render(utf8("{\"a\":1,\"b\":{\"c\":[1,2]}}"), Shown.AUTO)).isEqualTo("""
                {
                  "a" : 1,
                  "b" : {
                    "c" : [ 1, 2 ]
                  }
                }""");
        assertThat(Rendering.render(utf8(" [1, \"Zürich\"] "), Shown.AUTO)).isEqualTo("[ 1, \"Zürich\" ]");
    }

    @Test
    void autoShowsTextThatIsNotJsonAsItIs() {
        assertThat(Rendering.render(utf8("Zürich 😀"), Shown.AUTO)).isEqualTo("Zürich 😀");
        assertThat(Rendering.render(utf8("42"), Shown.AUTO)).as("a bare number is text").isEqualTo("42");
        assertThat(Rendering.render(utf8("{\"a\": 1"), Shown.AUTO)).isEqualTo("{\"a\": 1");
        assertThat(Rendering.render(utf8("{} {}"), Shown.AUTO)).isEqualTo("{} {}");
        assertThat(Rendering.render(null, Shown.AUTO)).isEqualTo("(null)");
        assertThat(Rendering.render(new byte[0], Shown.AUTO)).isEmpty();
    }

    @Test
    void autoShowsBytesThatAreNotUtf8AsAHexDump() {
        assertThat(Rendering.render(BINARY, Shown.AUTO)).isEqualTo(
                "00000000  ff 00 41 c3 28 7f 20 7e  01 02 03 04 05 06 07 08  |..A.(. ~........|\n"
                        + "00000010  09 0a                                             |..|");
    }

    @Test
    void forcedForms() {
        assertThat(Rendering.render(utf8("{\"a\":1}"), Shown.HEX))
                .isEqualTo("00000000  7b 22 61 22 3a 31 7d                              |{\"a\":1}|");
        assertThat(Rendering.render(utf8("{\"a\":1}"), Shown.TEXT)).isEqualTo("{\"a\":1}");
        assertThat(Rendering.render(utf8("not json"), Shown.JSON)).as("falls back to text").isEqualTo("not json");
        assertThat(Rendering.render(utf8("\"quoted\""), Shown.JSON)).isEqualTo("\"quoted\"");
        assertThat(Rendering.render(BINARY, Shown.JSON)).startsWith("00000000  ff 00");
        assertThat(Rendering.render(BINARY, Shown.TEXT)).startsWith("\uFFFD\u0000A\uFFFD(");
        assertThat(Rendering.render(null, Shown.HEX)).isEqualTo("(null)");
    }

    @Test
    void isJsonOnlyForWholeObjectsAndArrays() {
        assertThat(Rendering.isJson(utf8(" {\"a\": [1, 2]}\n"))).isTrue();
        assertThat(Rendering.isJson(utf8("[]"))).isTrue();
        assertThat(Rendering.isJson(utf8("42"))).isFalse();
        assertThat(Rendering.isJson(utf8("\"text\""))).isFalse();
        assertThat(Rendering.isJson(utf8("{\"a\": 1"))).isFalse();
        assertThat(Rendering.isJson(utf8("{} trailing"))).isFalse();
        assertThat(Rendering.isJson(BINARY)).isFalse();
        assertThat(Rendering.isJson(null)).isFalse();
    }

    @Test
    void oneLineCollapsesWhitespaceAndCuts() {
        assertThat(Rendering.oneLine(utf8("{\n  \"a\" : 1,\n\t\"b\" : 2\n}"), 100)).isEqualTo("{ \"a\" : 1, \"b\" : 2 }");
        assertThat(Rendering.oneLine(utf8("  Zürich   😀  "), 100)).isEqualTo("Zürich 😀");
        assertThat(Rendering.oneLine(utf8("abcdefghij"), 5)).isEqualTo("abcd…");
        assertThat(Rendering.oneLine(utf8("abcde"), 5)).isEqualTo("abcde");
        assertThat(Rendering.oneLine(utf8("x".repeat(1_000_000)), 10)).isEqualTo("xxxxxxxxx…");
        assertThat(Rendering.oneLine(utf8("ü".repeat(100)), 10)).isEqualTo("üüüüüüüüü…");
        assertThat(Rendering.oneLine(null, 10)).isEmpty();
        assertThat(Rendering.oneLine(new byte[]{(byte) 0xff, 0x01}, 20)).isEqualTo("0xff01");
        assertThat(Rendering.oneLine(BINARY, 10)).hasSize(10).startsWith("0xff0041").endsWith("…");
    }

    @Test
    void prettyJsonKeepsNumbersAsWrittenAndJsonWithTrailingTextShowsAsText() {
        var json = "{\"a\":1.50,\"b\":1E2,\"c\":12345678901234567890.5}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(Rendering.render(json, Rendering.Shown.JSON))
                .contains("1.50", "1E2", "12345678901234567890.5").contains("\n");
        var trailing = "{\"a\": 1} and more".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(Rendering.render(trailing, Rendering.Shown.JSON)).isEqualTo("{\"a\": 1} and more");
    }
}
