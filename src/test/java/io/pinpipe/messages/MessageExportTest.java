package io.pinpipe.messages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class MessageExportTest {

    private static final Instant AT = Instant.parse("2026-12-07T21:05:09Z");

    @TempDir
    Path folder;

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() throws Exception {
        var file = folder.resolve("out.csv");
        try (var export = MessageExport.open(file, ExportFormat.of(file))) {
            export.append(List.of(
                    message(0, "plain", "a,b"),
                    message(1, "say \"hi\"", "line one\nline two"),
                    message(2, null, "cr\r\nlf")));
        }

        assertThat(Files.readString(file)).isEqualTo(
                "partition,offset,timestamp,timestampType,key,value,headers\r\n"
                        + "0,0,2026-12-07T21:05:09Z,CREATE_TIME,plain,\"a,b\",\"[{\"\"key\"\":\"\"h\"\",\"\"value\"\":\"\"x,y\"\"}]\"\r\n"
                        + "0,1,2026-12-07T21:05:09Z,CREATE_TIME,\"say \"\"hi\"\"\",\"line one\nline two\",\"[{\"\"key\"\":\"\"h\"\",\"\"value\"\":\"\"x,y\"\"}]\"\r\n"
                        + "0,2,2026-12-07T21:05:09Z,CREATE_TIME,,\"cr\r\nlf\",\"[{\"\"key\"\":\"\"h\"\",\"\"value\"\":\"\"x,y\"\"}]\"\r\n");
    }

    @Test
    void jsonLinesAppearOnlyOnCloseAndAnAbandonedExportLeavesNothing() throws Exception {
        var file = folder.resolve("out.jsonl");
        var export = MessageExport.open(file, ExportFormat.JSONL);
        export.append(List.of(message(0, "k", "v"), message(1, "k", "w")));

        assertThat(file).doesNotExist();
        export.close();
        assertThat(Files.readAllLines(file)).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"partition\":0"));
        assertThat(export.written()).isEqualTo(2);

        var abandoned = folder.resolve("gone.jsonl");
        var second = MessageExport.open(abandoned, ExportFormat.JSONL);
        second.append(List.of(message(0, "k", "v")));
        second.abandon();
        assertThat(abandoned).doesNotExist();
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void theExportedFileIsReadableByOthersLikeAnyNewFile() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        var file = folder.resolve("out.jsonl");
        try (var export = MessageExport.open(file, ExportFormat.JSONL)) {
            export.append(List.of(message(0, "k", "v")));
        }

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamed() throws Exception {
        var notAFolder = Files.writeString(folder.resolve("plain.txt"), "x");
        assertThatThrownBy(() -> MessageExport.open(notAFolder.resolve("out.jsonl"), ExportFormat.JSONL))
                .isInstanceOf(MessageException.class)
                .hasMessageContaining("the folder " + notAFolder + " cannot be written");
        assertThatThrownBy(() -> MessageExport.open(folder.resolve("missing/out.csv"), ExportFormat.CSV))
                .hasMessageContaining("the folder " + folder.resolve("missing") + " does not exist");
    }

    @Test
    void aReadOnlyFolderIsNamed() throws Exception {
        var locked = Files.createDirectory(folder.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeThat(Files.isWritable(locked)).as("running as root").isFalse();

        assertThatThrownBy(() -> MessageExport.open(locked.resolve("out.jsonl"), ExportFormat.JSONL))
                .isInstanceOf(MessageException.class)
                .hasMessageContaining("the folder " + locked + " cannot be written")
                .extracting(e -> ((MessageException) e).reason()).isEqualTo(MessageException.Reason.IO);
    }

    @Test
    void toAWriterFlushesEachBatch() {
        var out = new StringWriter();
        var export = MessageExport.to(out, ExportFormat.CSV);
        export.append(List.of(message(3, "k", "v")));

        assertThat(out.toString()).endsWith("0,3,2026-12-07T21:05:09Z,CREATE_TIME,k,v,\"[{\"\"key\"\":\"\"h\"\",\"\"value\"\":\"\"x,y\"\"}]\"\r\n");
        export.close();
    }

    private static Message message(long offset, String key, String value) {
        return new Message("t", 0, offset, AT, TimestampType.CREATE_TIME,
                key == null ? null : key.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8),
                List.of(Message.Header.of("h", "x,y")));
    }
}
