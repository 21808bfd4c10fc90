package io.pinpipe.messages;

/**
 * A message as one JSON line, the export file's form and "Copy message": {@code partition}, {@code offset},
 * {@code timestamp} (ISO-8601), {@code timestampType}, {@code key}, {@code value}, {@code headers} (a list of
 * {@code {"key":..., "value":...}}). Keys, values and header values are strings when they are UTF-8, else base64 with
 * {@code "keyEncoding"/"valueEncoding": "base64"} (header: {@code "encoding"}); null stays null. The same line,
 * read back by {@link OutgoingMessages#fromJsonLine}, produces the same bytes.
 */
public final class MessageJson {

    private MessageJson() {
    }

    public static String line(Message message) {
        throw new UnsupportedOperationException("helper: produce");
    }
}
