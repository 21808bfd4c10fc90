package io.pinpipe.emulator;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * A growable UTF-8 buffer that writes a row's JSON byte for byte as Jackson's UTF-8 generator does (same escapes,
 * same number forms; a character beyond U+FFFF always as its four UTF-8 bytes, as with Jackson's
 * {@code COMBINE_UNICODE_SURROGATES_IN_UTF8}), without a generator, a char buffer or a map serializer in between:
 * at maximum pace Jackson's string writing was the sending thread's largest cost. One per thread; {@link #reset}
 * between rows.
 */
final class JsonBytes {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    /** For each ASCII byte: 0 when written as is, the letter of its short escape, or 'u' for a backslash, u and four hex digits. */
    private static final byte[] ESCAPES = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
    }

    private byte[] bytes = new byte[512];
    private int length;

    void reset() {
        length = 0;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    void raw(char ascii) {
        ensure(1);
        bytes[length++] = (byte) ascii;
    }

    void raw(byte[] ascii) {
        ensure(ascii.length);
        System.arraycopy(ascii, 0, bytes, length, ascii.length);
        length += ascii.length;
    }

    void nullValue() {
        raw(NULL);
    }

    /** The digits straight into the buffer, no String in between. */
    void number(long value) {
        if (value == Long.MIN_VALUE) {
            ascii(Long.toString(value));
            return;
        }
        ensure(20);
        if (value < 0) {
            bytes[length++] = '-';
            value = -value;
        }
        var end = length + digits(value);
        for (var at = end - 1; at >= length; at--) {
            bytes[at] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length = end;
    }

    private static int digits(long positive) {
        var count = 1;
        for (var bound = 10L; count < 19 && positive >= bound; bound *= 10) {
            count++;
        }
        return count;
    }

    /** As Jackson: {@link Double#toString}, and NaN and the infinities as quoted text. */
    void number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            string(Double.toString(value));
        } else {
            ascii(Double.toString(value));
        }
    }

    /**
     * A quoted string: UTF-8 as it is, {@code "} and {@code \} escaped, control characters as {@code \n} and the
     * like or a backslash, u and four hex digits. A lone surrogate, which is not text, becomes {@code ?} (Jackson would fail the row).
     */
    void string(String text) {
        var utf8 = text.getBytes(StandardCharsets.UTF_8);
        ensure(utf8.length + 2);
        bytes[length++] = '"';
        var clean = cleanPrefix(utf8);
        System.arraycopy(utf8, 0, bytes, length, clean);
        length += clean;
        if (clean < utf8.length) {
            escapedFrom(utf8, clean);
        }
        ensure(1);
        bytes[length++] = '"';
    }

    /**
     * How many leading bytes need no escape. Eight bytes at a time: a word is clean unless one of its bytes is a
     * control character, a quote or a backslash (the bit tricks of "Determine if a word has a byte less than n",
     * which never miss one); the word that may hold one is then looked at byte by byte.
     */
    static int cleanPrefix(byte[] utf8) {
        var i = 0;
        while (i + Long.BYTES <= utf8.length && !mayNeedEscape((long) WORDS.get(utf8, i))) {
            i += Long.BYTES;
        }
        while (i < utf8.length && (utf8[i] < 0 || ESCAPES[utf8[i]] == 0)) {
            i++;
        }
        return i;
    }

    private static boolean mayNeedEscape(long word) {
        var quotes = word ^ (ONES * '"');
        var backslashes = word ^ (ONES * '\\');
        var below = (word - ONES * 0x20) & ~word;
        var quote = (quotes - ONES) & ~quotes;
        var backslash = (backslashes - ONES) & ~backslashes;
        return ((below | quote | backslash) & HIGH_BITS) != 0;
    }

    /** {@code yyyy-MM-dd} then the separator and {@code HH:mm:ss}: both styles the emulator offers. */
    void dateTime(LocalDateTime time, char separator) {
        ensure(21);
        bytes[length++] = '"';
        date(time.toLocalDate());
        bytes[length++] = (byte) separator;
        twoDigits(time.getHour());
        bytes[length++] = ':';
        twoDigits(time.getMinute());
        bytes[length++] = ':';
        twoDigits(time.getSecond());
        bytes[length++] = '"';
    }

    /** Whether {@link #dateTime} writes this date: years 1 to 9999, as a four-digit pattern prints them. */
    static boolean plainYear(LocalDate date) {
        return date.getYear() >= 1 && date.getYear() <= 9999;
    }

    private void date(LocalDate date) {
        var year = date.getYear();
        twoDigits(year / 100);
        twoDigits(year % 100);
        bytes[length++] = '-';
        twoDigits(date.getMonthValue());
        bytes[length++] = '-';
        twoDigits(date.getDayOfMonth());
    }

    private void twoDigits(int value) {
        bytes[length++] = (byte) ('0' + value / 10);
        bytes[length++] = (byte) ('0' + value % 10);
    }

    private void escapedFrom(byte[] utf8, int from) {
        // At most six bytes per input byte (a control character as backslash, u and four hex digits).
        ensure((utf8.length - from) * 6);
        for (int i = from; i < utf8.length; i++) {
            var b = utf8[i];
            var escape = b < 0 ? 0 : ESCAPES[b];
            if (escape == 0) {
                bytes[length++] = b;
            } else if (escape == 'u') {
                bytes[length++] = '\\';
                bytes[length++] = 'u';
                bytes[length++] = '0';
                bytes[length++] = '0';
                bytes[length++] = HEX[b >> 4];
                bytes[length++] = HEX[b & 0xF];
            } else {
                bytes[length++] = '\\';
                bytes[length++] = escape;
            }
        }
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
