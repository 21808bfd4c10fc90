package io.pinpipe.cli;

import io.pinpipe.messages.Message;

import java.io.ByteArrayOutputStream;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Where {@code messages read} and {@code tail} print messages: stdout's bytes in 64 KiB blocks (not a flush per line:
 * a scan prints fast enough for a pipe to keep up), in one of the {@link MessageFormat}s. When stdout is not the
 * process's own (a test's writer), bytes are decoded as UTF-8 into it.
 */
final class MessageSink implements AutoCloseable {

    private static final int BLOCK = 1 << 16;

    private final OutputStream bytes;
    private final StdoutWriter stdout;
    private final MessageFormat.Printer printer;
    private long printed;
    private boolean closed;

    private MessageSink(OutputStream bytes, StdoutWriter stdout, MessageFormat format) {
        this.bytes = bytes;
        this.stdout = stdout;
        this.printer = format.printer(bytes);
    }

    static MessageSink on(PrintWriter out, MessageFormat format) {
        if (out instanceof StdoutWriter stdout) {
            return new MessageSink(new BufferedOutputStream(stdout.bytes(), BLOCK), stdout, format);
        }
        return new MessageSink(new DecodingStream(out), null, format);
    }

    void print(List<Message> batch) {
        printer.print(batch);
        printed += batch.size();
    }

    /** Sends what is buffered on (a tail does after every batch). */
    void flush() {
        printer.flush();
    }

    long printed() {
        return printed;
    }

    /** Whether the reader of stdout went away: the read should stop. */
    boolean broken() {
        return stdout != null && stdout.broken();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        printer.finish();
    }

    /** Bytes to a test's writer, decoded as UTF-8 at each flush. */
    private static final class DecodingStream extends OutputStream {
        private final PrintWriter out;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        DecodingStream(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            pending.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
        }

        @Override
        public void flush() {
            out.print(pending.toString(StandardCharsets.UTF_8));
            out.flush();
            pending.reset();
        }
    }
}
