package io.pinpipe.sandbox;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the broker wrote since one start began: its console (JVM errors) and its log. */
final class BrokerLogTail {

    static final int LINES = 40;
    private static final int FRAMES = 3;
    private static final long MAX_READ = 256 * 1024;

    private final SandboxFiles files;
    private final long brokerLogStart;

    private BrokerLogTail(SandboxFiles files, long brokerLogStart) {
        this.files = files;
        this.brokerLogStart = brokerLogStart;
    }

    /** Marks where the broker log ends now, so the tail shows only this start. */
    static BrokerLogTail markedNow(SandboxFiles files) {
        return new BrokerLogTail(files, size(files.brokerLog()));
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        // The console comes first: it holds what went wrong before logging started, and is new for each start.
        lines.addAll(read(files.consoleLog(), 0));
        var logStart = size(files.brokerLog()) < brokerLogStart ? 0 : brokerLogStart; // rolled over meanwhile
        lines.addAll(read(files.brokerLog(), logStart));
        lines = shortenStackTraces(lines);
        return List.copyOf(lines.subList(Math.max(0, lines.size() - LINES), lines.size()));
    }

    /** Keeps the first frames of each stack trace, so one exception does not fill the whole tail. */
    static List<String> shortenStackTraces(List<String> lines) {
        var kept = new ArrayList<String>();
        var frames = 0;
        var skipped = 0;
        for (var line : lines) {
            var frame = line.stripLeading().startsWith("at ") && line.startsWith("\t");
            frames = frame ? frames + 1 : 0;
            if (frame && frames > FRAMES) {
                skipped++;
                continue;
            }
            if (skipped > 0) {
                kept.add("\t... " + skipped + " more");
                skipped = 0;
            }
            kept.add(line);
        }
        if (skipped > 0) {
            kept.add("\t... " + skipped + " more");
        }
        return kept;
    }

    private static List<String> read(Path file, long from) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (var in = new RandomAccessFile(file.toFile(), "r")) {
            var start = Math.max(from, in.length() - MAX_READ);
            var bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
