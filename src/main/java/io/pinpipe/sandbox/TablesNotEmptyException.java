package io.pinpipe.sandbox;

/** Loading would mix the sample with rows already there; the caller decides whether to replace them. */
public final class TablesNotEmptyException extends IllegalStateException {

    private final String table;
    private final long rows;

    TablesNotEmptyException(String table, long rows) {
        super("Table " + table + " already holds " + rows + " rows; replace the tables to load the sample again");
        this.table = table;
        this.rows = rows;
    }

    public String table() {
        return table;
    }

    public long rows() {
        return rows;
    }
}
