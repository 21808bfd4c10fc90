package io.pinpipe.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A JSON-lines file checked whole in one streaming pass (the first bad line is named, nothing is kept in memory),
 * then read again line by line while it is sent: a file of any size can be produced.
 */
public final class JsonLinesFile implements Iterable<OutgoingMessage> {

    private final Path file;
    private final boolean keepTimestamps;
    private final long count;

    private JsonLinesFile(Path file, boolean keepTimestamps, long count) {
        this.file = file;
        this.keepTimestamps = keepTimestamps;
        this.count = count;
    }

    /**
     * Checks every line of {@code file}; with {@code keepTimestamps} each line's "timestamp" is kept and checked.
     * @throws MessageException INVALID_REQUEST naming the first bad line or an empty file; IO when it cannot be read
     */
    public static JsonLinesFile check(Path file, boolean keepTimestamps) {
        var count = 0L;
        var lines = 0;
        try (var in = open(file)) {
            var reader = new JsonLines(in, file.toString());
            for (var line = reader.next(); line != null; line = reader.next()) {
                lines = reader.number();
                if (!line.isBlank()) {
                    JsonLine.read(line, reader.number(), keepTimestamps);
                    count++;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw cannotRead(file, e);
        }
        if (count == 0) {
            throw MessageException.invalid(file + " holds no messages: " + (lines == 0 ? "it is empty" : "every line is blank"));
        }
        return new JsonLinesFile(file, keepTimestamps, count);
    }

    /** How many messages the file holds (blank lines not counted). */
    public long count() {
        return count;
    }

    public Path file() {
        return file;
    }

    /** Reads the file again, a line at a time; a line changed since the check is named as it is reached. */
    @Override
    public Iterator<OutgoingMessage> iterator() {
        final InputStream in;
        try {
            in = open(file);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
        var reader = new JsonLines(in, file.toString());
        return new Iterator<>() {
            private OutgoingMessage next = advance();

            private OutgoingMessage advance() {
                try {
                    for (var line = reader.next(); line != null; line = reader.next()) {
                        if (!line.isBlank()) {
                            return JsonLine.read(line, reader.number(), keepTimestamps);
                        }
                    }
                    in.close();
                    return null;
                } catch (IOException | UncheckedIOException e) {
                    throw cannotRead(file, e);
                } catch (RuntimeException e) {
                    closeQuietly(in);
                    throw e;
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public OutgoingMessage next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                var current = next;
                next = advance();
                return current;
            }
        };
    }

    private static InputStream open(Path file) throws IOException {
        return Files.newInputStream(file);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // already failing
        }
    }

    static MessageException cannotRead(Path file, Exception e) {
        var cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof NoSuchFileException) {
            return new MessageException(MessageException.Reason.IO, "Cannot read " + file + ": there is no such file", cause);
        }
        return new MessageException(MessageException.Reason.IO, "Cannot read " + file + ": " + cause.getMessage(), cause);
    }
}
