package io.pinpipe.sandbox;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What is checked before forking, because the broker itself would report it late or obscurely. */
final class StartChecks {

    static final long MIN_FREE_BYTES = 100L * 1024 * 1024;

    private StartChecks() {
    }

    static void javaRuns(Path javaExecutable) {
        if (!Files.isExecutable(javaExecutable)) {
            throw new SandboxStartException(StartFailure.JAVA, "Cannot start the sandbox broker: there is no Java "
                    + "executable at " + javaExecutable + ".");
        }
    }

    static void diskUsable(Path dataDir, long minFreeBytes) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new SandboxStartException(StartFailure.DISK, "Cannot create the sandbox data folder " + dataDir
                    + " (" + reason(e) + ").", List.of(), e);
        }
        try {
            Files.delete(Files.createTempFile(dataDir, "write-check", ".tmp"));
        } catch (IOException e) {
            throw new SandboxStartException(StartFailure.DISK, "The sandbox data folder " + dataDir
                    + " is not writable (" + reason(e) + ").", List.of(), e);
        }
        long free;
        try {
            free = Files.getFileStore(dataDir).getUsableSpace();
        } catch (IOException e) {
            return; // Some file systems cannot tell; the broker reports a full disk itself.
        }
        if (free < minFreeBytes) {
            throw new SandboxStartException(StartFailure.DISK, "Only " + megabytes(free) + " MB are free on the disk "
                    + "holding " + dataDir + "; the sandbox broker needs at least " + megabytes(minFreeBytes) + " MB.");
        }
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
