package io.pinpipe.messages.filter;

import java.nio.charset.StandardCharsets;

/**
 * A text to find inside raw bytes, as its UTF-8 bytes, without decoding the bytes into a String
 * (Boyer-Moore-Horspool: a skip table per byte, so a search reads fewer bytes than the text holds).
 */
final class BytePattern {

    private final String text;
    private final byte[] pattern;
    private final int[] skip = new int[256];

    BytePattern(String text) {
        this.text = text;
        this.pattern = text.getBytes(StandardCharsets.UTF_8);
        int n = pattern.length;
        java.util.Arrays.fill(skip, Math.max(n, 1));
        for (int i = 0; i < n - 1; i++) {
            skip[pattern[i] & 0xff] = n - 1 - i;
        }
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
        if (n == 1) {
            return indexOfByte(bytes, pattern[0]);
        }
        byte last = pattern[n - 1];
        int end = bytes.length - n;
        int i = 0;
        while (i <= end) {
            byte b = bytes[i + n - 1];
            if (b == last && matchesAt(bytes, i, n - 1)) {
                return true;
            }
            i += skip[b & 0xff];
        }
        return false;
    }

    /** Whether the bytes are exactly the text. */
    boolean equalTo(byte[] bytes) {
        return bytes != null && java.util.Arrays.equals(bytes, pattern);
    }

    private boolean matchesAt(byte[] bytes, int at, int length) {
        for (int j = 0; j < length; j++) {
            if (bytes[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean indexOfByte(byte[] bytes, byte wanted) {
        for (byte b : bytes) {
            if (b == wanted) {
                return true;
            }
        }
        return false;
    }
}
