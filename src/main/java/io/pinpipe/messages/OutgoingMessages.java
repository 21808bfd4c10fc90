package io.pinpipe.messages;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
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
     * From form fields. {@code headers} are {@code name=value} lines/items (blank ones skipped); an empty key means
     * no key; the value is sent as typed (JSON is only checked, never reformatted).
     * @throws MessageException INVALID_REQUEST naming the field
     */
    public static OutgoingMessage of(String key, String value, ValueFormat format, List<String> headers,
                                     OptionalInt partition) {
        var text = value == null ? "" : value;
        if (format == ValueFormat.JSON) {
            checkJson(text);
        }
        if (partition.isPresent() && partition.getAsInt() < 0) {
            throw MessageException.invalid("Partition must be 0 or more, not " + partition.getAsInt());
        }
        var keyBytes = key == null || key.isEmpty() ? null : key.getBytes(StandardCharsets.UTF_8);
        return new OutgoingMessage(keyBytes, text.getBytes(StandardCharsets.UTF_8), headers(headers), partition);
    }

    /** Throws INVALID_REQUEST "Value is not JSON: line 2, column 5: unexpected character '}'" when it is not. */
    public static void checkJson(String value) {
        if (value.isBlank()) {
            throw MessageException.invalid("Value is empty: as JSON it needs a value such as {} or \"text\"");
        }
        JsonText.parse(value).problem().ifPresent(problem -> {
            throw MessageException.invalid("Value is not JSON: " + problem.withLine());
        });
    }

    /**
     * {@code name=value} items to headers; the value may be empty and may hold '='. Blank space around the name and
     * around the value is dropped ({@code "a = b"} is header a with value b).
     */
    public static List<Message.Header> headers(List<String> lines) {
        var headers = new ArrayList<Message.Header>();
        var number = 0;
        for (var line : lines) {
            number++;
            if (line == null || line.isBlank()) {
                continue;
            }
            var equals = line.indexOf('=');
            if (equals < 0) {
                throw MessageException.invalid("Header " + number + " (\"" + line.strip() + "\") has no '=': write it as name=value");
            }
            var name = line.substring(0, equals).strip();
            if (name.isEmpty()) {
                throw MessageException.invalid("Header " + number + " (\"" + line.strip() + "\") has no name before '='");
            }
            headers.add(Message.Header.of(name, line.substring(equals + 1).strip()));
        }
        return headers;
    }

    /**
     * One line of a JSON-lines file (the export's form, or {@code {"value": ...}} with optional key/headers/partition).
     * A value or key that is a JSON object, array, number or boolean is sent as its text exactly as written in the
     * line (1.50 stays 1.50, escapes stay escaped); headers are an
     * object {@code {"name": "value"}} or the export's list; other fields (offset, timestamp) are ignored.
     */
    public static OutgoingMessage fromJsonLine(String line, int lineNumber) {
        return JsonLine.read(line, lineNumber);
    }

    /** Every line of the file, all checked first: the first bad line is named by number and nothing is returned. */
    public static List<OutgoingMessage> readJsonLines(Path file) {
        var messages = new ArrayList<OutgoingMessage>();
        JsonLinesFile.check(file, false).forEach(messages::add);
        return messages;
    }

    /**
     * The lines of a byte stream (e.g. standard input, named {@code source} in messages), all checked, held in
     * memory; each line is decoded on its own so a byte that is not UTF-8 is named by its line. The caller closes it.
     * @throws MessageException INVALID_REQUEST naming the first bad line, or when there is no message at all
     */
    public static List<OutgoingMessage> readJsonLines(java.io.InputStream in, String source, boolean keepTimestamps) {
        var messages = new ArrayList<OutgoingMessage>();
        var reader = new JsonLines(in, source);
        try {
            for (var line = reader.next(); line != null; line = reader.next()) {
                if (!line.isBlank()) {
                    messages.add(JsonLine.read(line, reader.number(), keepTimestamps));
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new MessageException(MessageException.Reason.IO, "Cannot read " + source + ": " + e.getCause().getMessage(), e);
        }
        if (messages.isEmpty()) {
            throw MessageException.invalid(source + " holds no messages: " + (reader.number() == 0 ? "it is empty" : "every line is blank"));
        }
        return messages;
    }

    /**
     * The same from a stream (e.g. standard input, named {@code source} in messages); the caller closes it.
     * @throws MessageException INVALID_REQUEST naming the first bad line, or when there is no message at all
     */
    public static List<OutgoingMessage> readJsonLines(BufferedReader in, String source) {
        var messages = new ArrayList<OutgoingMessage>();
        var number = 0;
        try {
            for (var line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (!line.isBlank()) {
                    messages.add(fromJsonLine(line, number));
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw MessageException.invalid("Line " + (number + 1) + " of " + source + " is not UTF-8 text (JSON lines must be)");
        } catch (IOException e) {
            throw new MessageException(MessageException.Reason.IO, "Cannot read " + source + ": " + e.getMessage(), e);
        }
        if (messages.isEmpty()) {
            throw MessageException.invalid(source + " holds no messages: " + (number == 0 ? "it is empty" : "every line is blank"));
        }
        return messages;
    }
}
