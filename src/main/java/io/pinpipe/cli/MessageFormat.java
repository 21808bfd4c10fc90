package io.pinpipe.cli;

import io.pinpipe.messages.ExportFormat;
import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageExport;
import io.pinpipe.messages.MessageJson;
import io.pinpipe.messages.Rendering;
import picocli.CommandLine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** How {@code messages read/tail} print a message: for people (text), or for programs (json, csv, raw value bytes). */
enum MessageFormat {
    TEXT, JSON, CSV, RAW;

    /** Prints batches of messages to a byte stream; {@link #flush} sends them on. */
    interface Printer {
        void print(List<Message> batch);

        void flush();

        /** At the end of the output: what a format writes last, then flush. */
        default void finish() {
            flush();
        }
    }

    Printer printer(OutputStream out) {
        return switch (this) {
            case RAW -> new RawPrinter(out);
            case TEXT -> new WriterPrinter(out, MessageFormat::text);
            case JSON -> new WriterPrinter(out, (message, writer) -> writer.append(MessageJson.line(message)).append('\n'));
            case CSV -> new CsvPrinter(out);
        };
    }

    /** For {@code --format}: any case, the accepted values named when it is none of them. */
    static final class Converter implements CommandLine.ITypeConverter<MessageFormat> {
        @Override
        public MessageFormat convert(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a format: use text, json, csv or raw");
            }
        }
    }

    private static void text(Message message, Writer out) throws IOException {
        out.append("partition ").append(String.valueOf(message.partition()))
                .append("  offset ").append(String.valueOf(message.offset()))
                .append("  ").append(message.timestamp().toString())
                .append(" (").append(message.timestampType().label()).append(')')
                .append("  key ").append(message.key() == null ? "(none)" : Rendering.oneLine(message.key(), 200))
                .append('\n');
        for (var header : message.headers()) {
            out.append("  header ").append(header.name()).append(" = ")
                    .append(header.value() == null ? "(null)" : Rendering.oneLine(header.value(), 200)).append('\n');
        }
        for (var line : Rendering.render(message.value(), Rendering.Shown.AUTO).split("\n", -1)) {
            out.append("  ").append(line).append('\n');
        }
    }

    private interface LineWriter {
        void write(Message message, Writer out) throws IOException;
    }

    private static final class WriterPrinter implements Printer {
        private final Writer out;
        private final LineWriter lines;

        WriterPrinter(OutputStream out, LineWriter lines) {
            this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            this.lines = lines;
        }

        @Override
        public void print(List<Message> batch) {
            try {
                for (var message : batch) {
                    lines.write(message, out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class RawPrinter implements Printer {
        private static final byte[] NULL = "null".getBytes(StandardCharsets.UTF_8);
        private final OutputStream out;

        RawPrinter(OutputStream out) {
            this.out = out;
        }

        @Override
        public void print(List<Message> batch) {
            try {
                for (var message : batch) {
                    out.write(message.value() == null ? NULL : message.value());
                    out.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class CsvPrinter implements Printer {
        private final Writer writer;
        private final MessageExport export;

        CsvPrinter(OutputStream out) {
            this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            this.export = MessageExport.to(writer, ExportFormat.CSV);
        }

        @Override
        public void print(List<Message> batch) {
            export.append(batch);
        }

        @Override
        public void flush() {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish() {
            export.close();
            flush();
        }
    }
}
