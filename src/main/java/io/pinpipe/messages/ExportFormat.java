package io.pinpipe.messages;

import java.nio.file.Path;
import java.util.Locale;

/** The file forms of an export: JSON lines ({@link MessageJson}, produce-able back) or CSV (for spreadsheets). */
public enum ExportFormat {
    JSONL, CSV;

    /** From the file name: {@code .csv} is CSV, anything else JSON lines. */
    public static ExportFormat of(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSONL;
    }
}
