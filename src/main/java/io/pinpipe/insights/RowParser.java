package io.pinpipe.insights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a message value into a row of its data set as the export's Spark reads it ({@link SparkSchema}: the
 * schema's columns, typed as Spark types them), or says why it is not one: not JSON, not a JSON object, or no
 * usable id (absent, or not a JSON whole number: Spark makes it null, and a null id never joins). A row with its
 * id alone is kept, as Spark keeps it. The typed values are what the duplicate check compares.
 */
final class RowParser {

    /** A value of the wrong JSON type, made null as Spark makes it: reason and the value as written. */
    record Mistyped(String reason, String value) {
    }

    /** A readable row: its typed values (schema order), their duplicate key and mistyped values; or the reason. */
    record Parsed(DataSet set, Object[] values, byte[] key, List<Mistyped> mistyped, boolean idOnly,
                  String unreadable) {

        /** The typed value of a schema column. */
        Object get(String column) {
            var columns = SparkSchema.columns(set);
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(column)) {
                    return values[i];
                }
            }
            throw new IllegalArgumentException("No column " + column + " in " + set.label());
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();

    Parsed parse(DataSet set, byte[] value) {
        JsonNode node;
        try {
            node = value == null ? null : mapper.readTree(value);
        } catch (IOException e) {
            return unreadable("not JSON");
        }
        if (node == null || node.isMissingNode()) {
            return unreadable("not JSON (empty)");
        }
        if (!(node instanceof ObjectNode row)) {
            return unreadable("not a JSON object");
        }
        var id = idColumn(set);
        var idNode = row.get(id);
        if (idNode == null || idNode.isNull()) {
            return unreadable("no " + id + ": not a row of " + set.label());
        }
        var columns = SparkSchema.columns(set);
        var values = new Object[columns.size()];
        var mistyped = new ArrayList<Mistyped>(0);
        boolean idOnly = true;
        for (int i = 0; i < values.length; i++) {
            var column = columns.get(i);
            var field = row.get(column.name());
            values[i] = SparkSchema.typed(column.type(), field);
            idOnly &= i == 0 || field == null || field.isNull();
            if (i > 0 && SparkSchema.mistyped(column.type(), field, values[i])) {
                mistyped.add(new Mistyped(column.name() + " is not " + expected(column.type()) + " (Spark reads null)",
                        Cleaning.text(field)));
            }
        }
        if (values[0] == null) {
            return unreadable(id + " is not a whole number (a JSON integer): the row cannot join");
        }
        return new Parsed(set, values, SparkSchema.key(values), mistyped, idOnly, null);
    }

    static String idColumn(DataSet set) {
        return set == DataSet.PIN ? "index" : "ind";
    }

    private static String expected(SparkSchema.Type type) {
        return type == SparkSchema.Type.INT ? "a JSON whole number" : "a JSON number";
    }

    private static Parsed unreadable(String reason) {
        return new Parsed(null, null, null, List.of(), false, reason);
    }
}
