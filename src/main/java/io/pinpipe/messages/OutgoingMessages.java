package io.pinpipe.messages;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * What a person typed or a file holds, checked and turned into {@link OutgoingMessage}s before anything is sent:
 * the pane's form, {@code messages produce} and import all come through here, so a bad line changes nothing.
 */
public final class OutgoingMessages {

    /** How the value field is meant: JSON is checked (the error names line and column), text and base64 are not. */
    public enum ValueFormat {
        JSON, TEXT
    }

    private OutgoingMessages() {
    }

    /**
     * From form fields. {@code headers} are {@code name=value} lines/items; an empty key means no key.
     * @throws MessageException INVALID_REQUEST naming the field
     */
    public static OutgoingMessage of(String key, String value, ValueFormat format, List<String> headers,
                                     OptionalInt partition) {
        throw new UnsupportedOperationException("helper: produce");
    }

    /** One line of a JSON-lines file (the export's form, or {@code {"value": ...}} with optional key/headers/partition). */
    public static OutgoingMessage fromJsonLine(String line, int lineNumber) {
        throw new UnsupportedOperationException("helper: produce");
    }

    /** Every line of the file, all checked first: the first bad line is named by number and nothing is returned. */
    public static List<OutgoingMessage> readJsonLines(Path file) {
        throw new UnsupportedOperationException("helper: produce");
    }
}
