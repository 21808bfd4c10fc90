package io.pinpipe.bench;

import io.pinpipe.emulator.DateTimeStyle;
import io.pinpipe.emulator.RowJson;
import io.pinpipe.emulator.RowSource;
import io.pinpipe.emulator.SourceSettings;
import io.pinpipe.sandbox.SampleDatabase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.IntStream;

/**
 * Every row the emulator can send, as the JSON it sends, one per line: ProducerPerformance picks lines at
 * random as the emulator picks ids at random, so both send records of the same sizes.
 */
final class PayloadFile {

    private PayloadFile() {
    }

    /** Writes the file and returns the average record value size in bytes. */
    static double write(Path file, SampleDatabase database) throws IOException, SQLException {
        var json = new RowJson(DateTimeStyle.ISO);
        long bytes = 0;
        long records = 0;
        try (var source = RowSource.open(SourceSettings.sandbox(database));
             var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            var ids = IntStream.range(0, source.rowCount()).boxed().toList();
            for (int start = 0; start < ids.size(); start += 1_000) {
                for (var event : source.read(ids.subList(start, Math.min(ids.size(), start + 1_000)))) {
                    for (var row : event.rows().values()) {
                        var value = json.write(row);
                        out.write(value);
                        out.write('\n');
                        bytes += value.getBytes(StandardCharsets.UTF_8).length;
                        records++;
                    }
                }
            }
        }
        return (double) bytes / records;
    }
}
