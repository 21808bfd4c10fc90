package io.pinpipe.messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The lines of a JSON-lines stream one at a time, each decoded strictly as UTF-8 on its own, so a byte that is not
 * UTF-8 is named by the line that holds it. A line ends at '\n' (a '\r' before it is dropped).
 */
final class JsonLines {

    private final InputStream in;
    private final String source;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private int number;

    JsonLines(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++] & 0xff;
    }

    /** The next line's text (null at the end); its number is {@link #number()}. */
    String next() {
        line.reset();
        try {
            int b;
            while ((b = read()) >= 0 && b != '\n') {
                line.write(b);
            }
            if (b < 0 && line.size() == 0) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        number++;
        var bytes = line.toByteArray();
        var length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return Utf8.text(bytes, 0, length).orElseThrow(() ->
                MessageException.invalid("Line " + number + " of " + source + " is not UTF-8 text (JSON lines must be)"));
    }

    /** The number of the line {@link #next()} returned last, from 1. */
    int number() {
        return number;
    }
}
