package io.pinpipe.messages;

import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes messages to a file as JSON lines or CSV ({@code partition,offset,timestamp,timestampType,key,value,headers},
 * RFC 4180 quoting, headers as JSON). Open it, append batches as a scan delivers them, close it; the file is written
 * beside the target and moved into place on close, so a failed or cancelled export leaves no half file.
 */
public final class MessageExport implements AutoCloseable {

    private MessageExport() {
    }

    /** @throws MessageException IO naming the folder when it cannot be written */
    public static MessageExport open(Path file, ExportFormat format) {
        throw new UnsupportedOperationException("helper: produce");
    }

    /** For stdout ({@code messages read --format json|csv}): nothing is moved, nothing closed but flushed. */
    public static MessageExport to(Writer out, ExportFormat format) {
        throw new UnsupportedOperationException("helper: produce");
    }

    public void append(List<Message> batch) {
        throw new UnsupportedOperationException("helper: produce");
    }

    public long written() {
        throw new UnsupportedOperationException("helper: produce");
    }

    /** Drops the partial file (cancelled or failed). */
    public void abandon() {
        throw new UnsupportedOperationException("helper: produce");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("helper: produce");
    }
}
