package io.pinpipe.insights;

import java.util.List;

/**
 * One query's answer: the notebook's column names and the rows, each value a {@code String}, {@code Long},
 * {@code Double} or {@code null}, in the query's order.
 */
public record ResultTable(Query query, List<String> columns, List<List<Object>> rows) {

    public ResultTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row))).toList();
    }
}
