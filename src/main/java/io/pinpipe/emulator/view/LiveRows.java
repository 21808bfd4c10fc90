package io.pinpipe.emulator.view;

import io.pinpipe.emulator.EmulatorEvent;
import io.pinpipe.emulator.SourceTable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The newest rows of each source table, newest first, at most {@code capacity} each. Fed a batch at a time
 * (a few times a second), so at any rate the tables change a few times a second, not once per row.
 */
public final class LiveRows {

    private final int capacity;
    private final Map<SourceTable, ObservableList<Map<String, Object>>> tables = new EnumMap<>(SourceTable.class);

    public LiveRows(int capacity) {
        this.capacity = capacity;
        for (var table : SourceTable.values()) {
            tables.put(table, FXCollections.observableArrayList());
        }
    }

    /** Adds a batch, oldest first as drained; only the newest {@code capacity} of it can show anyway. */
    public void add(List<EmulatorEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        var newest = batch.subList(Math.max(0, batch.size() - capacity), batch.size());
        for (var table : SourceTable.values()) {
            var rows = new ArrayList<Map<String, Object>>(newest.size());
            for (int i = newest.size() - 1; i >= 0; i--) {
                var row = newest.get(i).rows().get(table);
                if (row != null) {
                    rows.add(row);
                }
            }
            prepend(tables.get(table), rows);
        }
    }

    public void clear() {
        tables.values().forEach(List::clear);
    }

    public ObservableList<Map<String, Object>> rows(SourceTable table) {
        return tables.get(table);
    }

    public int capacity() {
        return capacity;
    }

    private void prepend(ObservableList<Map<String, Object>> shown, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var kept = Math.max(0, Math.min(shown.size(), capacity - rows.size()));
        var merged = new ArrayList<Map<String, Object>>(rows.size() + kept);
        merged.addAll(rows);
        merged.addAll(shown.subList(0, kept));
        shown.setAll(merged);
    }
}
