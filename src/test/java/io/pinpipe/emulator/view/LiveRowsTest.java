package io.pinpipe.emulator.view;

import io.pinpipe.emulator.EmulatorEvent;
import io.pinpipe.emulator.SourceTable;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LiveRowsTest {

    @Test
    void theNewestRowComesFirstAndTheTablesNeverGrowPastTheirCapacity() {
        var rows = new LiveRows(5);
        rows.add(events(0, 3));
        rows.add(events(3, 9));

        assertThat(ids(rows, SourceTable.PIN)).containsExactly(8, 7, 6, 5, 4);
        assertThat(ids(rows, SourceTable.USER)).containsExactly(8, 7, 6, 5, 4);
    }

    @Test
    void aSmallBatchKeepsTheOlderRowsBelowIt() {
        var rows = new LiveRows(5);
        rows.add(events(0, 3));
        rows.add(events(3, 4));

        assertThat(ids(rows, SourceTable.GEO)).containsExactly(3, 2, 1, 0);
    }

    @Test
    void anIdMissingFromATableLeavesOnlyThatTableWithoutItsRow() {
        var rows = new LiveRows(5);
        var partial = new EnumMap<SourceTable, Map<String, Object>>(SourceTable.class);
        partial.put(SourceTable.PIN, Map.of("index", 42));
        rows.add(List.of(new EmulatorEvent(42, partial)));

        assertThat(ids(rows, SourceTable.PIN)).containsExactly(42);
        assertThat(rows.rows(SourceTable.GEO)).isEmpty();
    }

    private static List<EmulatorEvent> events(int from, int to) {
        return IntStream.range(from, to).mapToObj(id -> {
            var byTable = new EnumMap<SourceTable, Map<String, Object>>(SourceTable.class);
            for (var table : SourceTable.values()) {
                byTable.put(table, Map.of(table.idColumn(), id));
            }
            return new EmulatorEvent(id, byTable);
        }).toList();
    }

    private static List<Integer> ids(LiveRows rows, SourceTable table) {
        return rows.rows(table).stream().map(row -> (Integer) row.get(table.idColumn())).toList();
    }
}
