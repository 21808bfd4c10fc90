package io.pinpipe.messages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Writes messages to a file as JSON lines or CSV ({@code partition,offset,timestamp,timestampType,key,value,headers},
 * RFC 4180 quoting, headers as JSON). Open it, append batches as a scan delivers them, close it; the file is written
 * beside the target and moved into place on close, so a failed or cancelled export leaves no half file.
 * <p>
 * In CSV a key or value that is not UTF-8 is written {@code base64:...}, a null one as an empty cell. Values are
 * written exactly as they are, also when they start with = + - or @ (a spreadsheet may read such a cell as a
 * formula: open an export from an untrusted topic as text); no byte-order mark is written.
 * <p>
 * The file is readable by others (rw-r--r--) like any new file, not only by its owner.
 */
public final class MessageExport implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MessageExport.class);

    private final Writer out;
    private final ExportFormat format;
    private final Optional<Path> target;
    private final Optional<Path> partial;
    private long written;
    private boolean finished;

    private MessageExport(Writer out, ExportFormat format, Optional<Path> target, Optional<Path> partial) {
        this.out = out;
        this.format = format;
        this.target = target;
        this.partial = partial;
    }

    /**
     * A temporary file is made only for its owner (0600); the export is a normal file, so it gets rw-r--r-- where
     * the file system has POSIX permissions (Java cannot read the umask; this is its usual default).
     */
    private static void readableByOthers(Path partial) throws IOException {
        try {
            Files.setPosixFilePermissions(partial, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not POSIX (Windows): the folder's permissions apply.
        }
    }

    /** @throws MessageException IO naming the folder when it cannot be written */
    public static MessageExport open(Path file, ExportFormat format) {
        var target = file.toAbsolutePath().normalize();
        var folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw new MessageException(MessageException.Reason.IO, "Cannot export to " + target + ": it is a folder");
        }
        if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new MessageException(MessageException.Reason.IO, "Cannot export to " + target + ": the folder " + folder
                    + " cannot be written (it is a file, not a folder)");
        }
        Path partial;
        try {
            partial = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
            readableByOthers(partial);
        } catch (NoSuchFileException e) {
            throw new MessageException(MessageException.Reason.IO, "Cannot export to " + target + ": the folder "
                    + folder + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new MessageException(MessageException.Reason.IO, "Cannot export to " + target + ": the folder "
                    + folder + " cannot be written (permission denied)", e);
        } catch (java.nio.file.FileSystemException e) {
            throw new MessageException(MessageException.Reason.IO, "Cannot export to " + target + ": the folder "
                    + folder + " cannot be written (" + Optional.ofNullable(e.getReason()).orElse("refused").toLowerCase(java.util.Locale.ROOT) + ")", e);
        } catch (IOException | SecurityException e) {
            throw new MessageException(MessageException.Reason.IO, "Cannot export to " + target + ": the folder "
                    + folder + " cannot be written (" + e.getMessage() + ")", e);
        }
        try {
            var writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8),
                    1 << 16);
            var export = new MessageExport(writer, format, Optional.of(target), Optional.of(partial));
            export.start();
            log.debug("Export to {} ({}) started in {}", target, format, partial.getFileName());
            return export;
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new MessageException(MessageException.Reason.IO, "Cannot export to " + target + ": " + e.getMessage(), e);
        }
    }

    /** For stdout ({@code messages read --format json|csv}): nothing is moved, nothing closed but flushed. */
    public static MessageExport to(Writer out, ExportFormat format) {
        var export = new MessageExport(out, format, Optional.empty(), Optional.empty());
        try {
            export.start();
        } catch (IOException e) {
            throw export.failed(e);
        }
        return export;
    }

    public void append(List<Message> batch) {
        try {
            for (var message : batch) {
                out.write(format == ExportFormat.CSV ? CsvRow.of(message) : MessageJson.line(message));
                out.write(format == ExportFormat.CSV ? "\r\n" : "\n");
                written++;
            }
            if (target.isEmpty()) {
                out.flush();
            }
        } catch (IOException e) {
            throw failed(e);
        }
    }

    public long written() {
        return written;
    }

    /** Drops the partial file (cancelled or failed). */
    public void abandon() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            if (partial.isPresent()) {
                out.close();
            } else {
                out.flush();
            }
        } catch (IOException e) {
            log.debug("Closing an abandoned export failed: {}", e.toString());
        }
        partial.ifPresent(MessageExport::deleteQuietly);
        log.debug("Export to {} abandoned after {} messages", target.map(Path::toString).orElse("a stream"), written);
    }

    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            if (partial.isEmpty()) {
                out.flush();
                return;
            }
            out.close();
            move(partial.get(), target.get());
            log.debug("Exported {} messages to {}", written, target.get());
        } catch (IOException e) {
            partial.ifPresent(MessageExport::deleteQuietly);
            throw failed(e);
        }
    }

    private void start() throws IOException {
        if (format == ExportFormat.CSV) {
            out.write(CsvRow.HEADER + "\r\n");
        }
    }

    private MessageException failed(IOException e) {
        var where = target.map(Path::toString).orElse("the output");
        return new MessageException(MessageException.Reason.IO, "Could not write to " + where + ": "
                + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()), e);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("Could not delete {}: {}", file, e.toString());
        }
    }
}
