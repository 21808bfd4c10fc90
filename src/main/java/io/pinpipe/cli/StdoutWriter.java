package io.pinpipe.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * The command line's stdout: a PrintWriter as every command uses, that also hands out the byte stream under it for
 * the commands that print bytes as they are ({@code messages read --format raw}) or print a lot (in blocks).
 */
final class StdoutWriter extends PrintWriter {

    private final PrintStream bytes;

    StdoutWriter(PrintStream bytes) {
        super(bytes, true);
        this.bytes = bytes;
    }

    /** The bytes under this writer, after what was printed through it. */
    OutputStream bytes() {
        flush();
        return bytes;
    }

    /** Whether the reader went away (a closed pipe: {@code | head}); the stream itself never throws. */
    boolean broken() {
        return bytes.checkError();
    }
}
