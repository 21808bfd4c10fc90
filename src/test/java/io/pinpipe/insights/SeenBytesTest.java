package io.pinpipe.insights;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeenBytesTest {

    @Test
    void knowsExactlyTheBytesItWasGivenAndNoOthers() {
        var seen = new SeenBytes();
        for (int i = 0; i < 200_000; i++) {
            seen.add(row(i));
        }
        for (int i = 0; i < 200_000; i++) {
            assertTrue(seen.contains(row(i)), "row " + i);
        }
        for (int i = 200_000; i < 400_000; i++) {
            assertFalse(seen.contains(row(i)), "row " + i + " was never added");
        }
        // Every length around the 16-byte blocks and the 8-byte halves of the tail.
        var text = "{\"ind\":1,\"country\":\"Albania\",\"age\":33}".getBytes(StandardCharsets.UTF_8);
        for (int length = 0; length <= text.length; length++) {
            var prefix = java.util.Arrays.copyOf(text, length);
            assertFalse(seen.contains(prefix), "prefix of " + length + " bytes");
            seen.add(prefix);
            assertTrue(seen.contains(prefix));
        }
        seen.clear();
        assertFalse(seen.contains(row(7)));
    }

    private static byte[] row(int id) {
        return ("{\"index\":" + id + ",\"title\":\"Post " + (id * 31 % 977) + "\",\"follower_count\":\"" + id % 1000
                + "k\"}").getBytes(StandardCharsets.UTF_8);
    }
}
