package io.pinpipe.messages.filter;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A text to find inside raw bytes, as its UTF-8 bytes, without decoding the bytes into a String. The scan looks
 * for the pattern's rarest byte (a guess from how often bytes occur in JSON and text) eight bytes at a time
 * (SWAR: one 64-bit word, a few arithmetic steps, no branch per byte) and compares the whole pattern only there.
 * UTF-8 is self-synchronising, so a byte match of a whole text is always a match of whole characters.
 */
final class BytePattern {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final String text;
    private final byte[] pattern;
    /** Where the rarest byte sits in the pattern, and that byte in every lane of a word. */
    private final int rareAt;
    private final byte rare;
    private final long rareLanes;

    BytePattern(String text) {
        this.text = text;
        this.pattern = text.getBytes(StandardCharsets.UTF_8);
        this.rareAt = rarest(pattern);
        this.rare = pattern.length == 0 ? 0 : pattern[rareAt];
        this.rareLanes = (rare & 0xffL) * ONES;
    }

    String text() {
        return text;
    }

    /** Whether {@code bytes} hold the text somewhere (false for null; an empty text is in everything). */
    boolean foundIn(byte[] bytes) {
        if (bytes == null) {
            return false;
        }
        int n = pattern.length;
        if (n == 0) {
            return true;
        }
        // Candidate positions of the rare byte run from rareAt to last; the pattern starts rareAt earlier.
        int last = bytes.length - n + rareAt;
        int i = rareAt;
        for (; i + 8 <= last + 1; i += 8) {
            long x = (long) LONGS.get(bytes, i) ^ rareLanes;
            long found = (x - ONES) & ~x & HIGHS;
            while (found != 0) {
                int at = i + (Long.numberOfTrailingZeros(found) >>> 3);
                if (matchesAt(bytes, at - rareAt)) {
                    return true;
                }
                found &= found - 1;
            }
        }
        for (; i <= last; i++) {
            if (bytes[i] == rare && matchesAt(bytes, i - rareAt)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the bytes are exactly the text. */
    boolean equalTo(byte[] bytes) {
        return bytes != null && Arrays.equals(bytes, pattern);
    }

    private boolean matchesAt(byte[] bytes, int start) {
        return Arrays.equals(bytes, start, start + pattern.length, pattern, 0, pattern.length);
    }

    /** The index of the byte least likely to occur in JSON or text, so the scan stops as seldom as it can. */
    private static int rarest(byte[] pattern) {
        int best = 0;
        for (int i = 1; i < pattern.length; i++) {
            if (commonness(pattern[i]) < commonness(pattern[best])) {
                best = i;
            }
        }
        return best;
    }

    private static int commonness(byte b) {
        int c = b & 0xff;
        if (c >= 0x80) {
            return 1;
        }
        if (c >= 'A' && c <= 'Z') {
            return 2;
        }
        if ("zqxjkvbwygpfm".indexOf(c) >= 0) {
            return 3;
        }
        if (c >= '0' && c <= '9') {
            return 5;
        }
        if (c >= 'a' && c <= 'z') {
            return 6;
        }
        if ("\" :,.-_/{}".indexOf(c) >= 0) {
            return 8;
        }
        return 4;
    }
}
