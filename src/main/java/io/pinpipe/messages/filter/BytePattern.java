package io.pinpipe.messages.filter;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A text to find inside raw bytes, as its UTF-8 bytes, without decoding the bytes into a String. The scan tests
 * eight start positions at once (SWAR: two 64-bit words, a few arithmetic steps, no branch per byte) for the
 * pattern's two rarest bytes at their distance apart (a guess from how often bytes occur in JSON and text), and
 * compares the whole pattern only where both are found. UTF-8 is self-synchronising, so a byte match of a whole
 * text is always a match of whole characters.
 */
final class BytePattern {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final String text;
    private final byte[] pattern;
    /** Where the two rarest bytes sit in the pattern (the same for one byte), each in every lane of a word. */
    private final int first;
    private final int second;
    private final long firstLanes;
    private final long secondLanes;

    BytePattern(String text) {
        this.text = text;
        this.pattern = text.getBytes(StandardCharsets.UTF_8);
        int rarest = rarest(pattern, -1);
        int next = pattern.length > 1 ? rarest(pattern, rarest) : rarest;
        this.first = Math.min(rarest, next);
        this.second = Math.max(rarest, next);
        this.firstLanes = pattern.length == 0 ? 0 : (pattern[first] & 0xffL) * ONES;
        this.secondLanes = pattern.length == 0 ? 0 : (pattern[second] & 0xffL) * ONES;
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
        int lastStart = bytes.length - n;
        int s = 0;
        // Eight starts s..s+7 at once; both loads stay inside the bytes as s + 7 <= lastStart.
        for (; s + 7 <= lastStart; s += 8) {
            long a = (long) LONGS.get(bytes, s + first) ^ firstLanes;
            long b = (long) LONGS.get(bytes, s + second) ^ secondLanes;
            long both = a | b;
            long found = (both - ONES) & ~both & HIGHS;
            while (found != 0) {
                if (matchesAt(bytes, s + (Long.numberOfTrailingZeros(found) >>> 3))) {
                    return true;
                }
                found &= found - 1;
            }
        }
        byte f = pattern[first];
        byte g = pattern[second];
        for (; s <= lastStart; s++) {
            if (bytes[s + first] == f && bytes[s + second] == g && matchesAt(bytes, s)) {
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
        for (int j = 0; j < pattern.length; j++) {
            if (bytes[start + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the byte least likely to occur in JSON or text (other than {@code except}), so the scan stops as
     * seldom as it can; among equals the one farthest from {@code except}.
     */
    private static int rarest(byte[] pattern, int except) {
        int best = -1;
        for (int i = 0; i < pattern.length; i++) {
            if (i == except) {
                continue;
            }
            if (best < 0 || commonness(pattern[i]) < commonness(pattern[best])
                    || (commonness(pattern[i]) == commonness(pattern[best]) && except >= 0
                    && Math.abs(i - except) > Math.abs(best - except))) {
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
