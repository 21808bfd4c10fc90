package io.pinpipe.messages.filter;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code contains} searches bytes: it must find a text wherever it sits, multi-byte characters included. */
class ContainsBytesTest {

    private static final String[] NEEDLES = {"Zürich", "😀", "a😀b", "ü", "x", "Côte d'Ivoire", "aab", "abab", "€€"};

    @Test
    void findsTheTextAtEveryPositionAndNothingWhenItIsNotThere() {
        var random = new Random(42);
        String alphabet = "abü€😀 x{}\":,Cô";
        for (String needle : NEEDLES) {
            var pattern = new BytePattern(needle);
            for (int length = 0; length < 40; length++) {
                String filler = randomText(random, alphabet, length);
                for (int at = 0; at <= filler.length(); at++) {
                    if (at < filler.length() && Character.isLowSurrogate(filler.charAt(at))) {
                        continue;
                    }
                    String text = filler.substring(0, at) + needle + filler.substring(at);
                    assertThat(pattern.foundIn(bytes(text))).as("%s in %s", needle, text).isTrue();
                }
                assertThat(pattern.foundIn(bytes(filler))).as("%s in %s", needle, filler)
                        .isEqualTo(filler.contains(needle));
            }
        }
    }

    @Test
    void aPartialCharacterIsNotAMatch() {
        assertThat(new BytePattern("ü").foundIn(new byte[]{(byte) 0xc3})).isFalse();
        assertThat(new BytePattern("Zürich").foundIn(bytes("Zurich"))).isFalse();
        assertThat(new BytePattern("").foundIn(new byte[0])).isTrue();
        assertThat(new BytePattern("x").foundIn(null)).isFalse();
    }

    @Test
    void theFilterFindsTheTextInKeysAndValues() {
        var message = Msgs.value("{\"city\":\"Zürich 😀\"}").key("straße").build();
        assertThat(Filters.parse("value contains \"Zürich 😀\"").test(message)).isTrue();
        assertThat(Filters.parse("\"aße\"").test(message)).isTrue();
        assertThat(Filters.parse("value contains \"Zürich 😁\"").test(message)).isFalse();
    }

    private static String randomText(Random random, String alphabet, int length) {
        var out = new StringBuilder();
        int[] points = alphabet.codePoints().toArray();
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(points[random.nextInt(points.length)]);
        }
        return out.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
