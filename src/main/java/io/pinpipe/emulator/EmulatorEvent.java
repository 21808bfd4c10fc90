package io.pinpipe.emulator;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One sampled id and the row each table holds for it; a table without that id has no entry. */
public record EmulatorEvent(int id, Map<SourceTable, Map<String, Object>> rows) {

    public EmulatorEvent {
        var copy = new EnumMap<SourceTable, Map<String, Object>>(SourceTable.class);
        rows.forEach((table, row) -> copy.put(table, row instanceof Row readOnly ? readOnly : Collections.unmodifiableMap(row)));
        rows = Collections.unmodifiableMap(copy);
    }

    /** The tables that do not hold this id. */
    public List<SourceTable> missing() {
        return List.of(SourceTable.values()).stream().filter(table -> !rows.containsKey(table)).toList();
    }
}
