package io.pinpipe.insights;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The cleaned rows in an in-memory H2 database: one table per data set, the joined rows kept as they complete
 * (a new row joins only with the partners already there), and the view {@value Query#ALL} the queries read.
 */
final class InsightsStore implements AutoCloseable {

    private static final String TABLE_COLUMNS = """
            CREATE TABLE pin_rows (id BIGINT PRIMARY KEY, ind INTEGER, unique_id VARCHAR, title VARCHAR,
              description VARCHAR, follower_count INTEGER, poster_name VARCHAR, tag_list VARCHAR,
              is_image_or_video VARCHAR, image_src VARCHAR, save_location VARCHAR, category VARCHAR);
            CREATE TABLE geo_rows (id BIGINT PRIMARY KEY, ind INTEGER, country VARCHAR,
              coordinates DOUBLE PRECISION ARRAY, event_time TIMESTAMP);
            CREATE TABLE user_rows (id BIGINT PRIMARY KEY, ind INTEGER, user_name VARCHAR, age INTEGER,
              date_joined TIMESTAMP);
            CREATE INDEX pin_ind ON pin_rows (ind);
            CREATE INDEX geo_ind ON geo_rows (ind);
            CREATE INDEX user_ind ON user_rows (ind);
            CREATE TABLE joined_rows (ind INTEGER, unique_id VARCHAR, title VARCHAR, description VARCHAR,
              follower_count INTEGER, poster_name VARCHAR, tag_list VARCHAR, is_image_or_video VARCHAR,
              image_src VARCHAR, save_location VARCHAR, category VARCHAR, country VARCHAR,
              coordinates DOUBLE PRECISION ARRAY, event_time TIMESTAMP, user_name VARCHAR, age INTEGER,
              date_joined TIMESTAMP);
            CREATE VIEW all_rows AS SELECT %s FROM joined_rows;
            """.formatted(String.join(", ", Query.ALL_COLUMNS));
    private static final String JOIN = "INSERT INTO joined_rows SELECT p.ind, p.unique_id, p.title, p.description,"
            + " p.follower_count, p.poster_name, p.tag_list, p.is_image_or_video, p.image_src, p.save_location,"
            + " p.category, g.country, g.coordinates, g.event_time, u.user_name, u.age, u.date_joined"
            + " FROM pin_rows p JOIN geo_rows g ON g.ind = p.ind JOIN user_rows u ON u.ind = p.ind WHERE %s.id = ?";

    private final Connection connection;
    private final Map<DataSet, PreparedStatement> inserts = new EnumMap<>(DataSet.class);
    private final Map<DataSet, PreparedStatement> joins = new EnumMap<>(DataSet.class);
    private final List<PreparedStatement> queries = new ArrayList<>();
    private long nextId;
    private long joined;

    InsightsStore() {
        try {
            connection = DriverManager.getConnection("jdbc:h2:mem:insights-" + UUID.randomUUID()
                    + ";DB_CLOSE_DELAY=0", "sa", "");
            try (var statement = connection.createStatement()) {
                statement.execute(TABLE_COLUMNS);
            }
            prepare(DataSet.PIN, "pin_rows", Cleaning.PIN.length, "p");
            prepare(DataSet.GEO, "geo_rows", Cleaning.GEO.length, "g");
            prepare(DataSet.USER, "user_rows", Cleaning.USER.length, "u");
            for (var query : Query.values()) {
                queries.add(connection.prepareStatement(query.sql()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set up the in-memory insights database: " + e.getMessage(), e);
        }
    }

    private void prepare(DataSet set, String table, int columns, String alias) throws SQLException {
        var marks = "?, ".repeat(columns) + "?";
        inserts.put(set, connection.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")"));
        joins.put(set, connection.prepareStatement(JOIN.formatted(alias)));
    }

    /** Adds a cleaned row; @return how many joined rows it completed */
    int add(DataSet set, Object[] row) {
        try {
            var insert = inserts.get(set);
            long id = ++nextId;
            insert.setLong(1, id);
            for (int i = 0; i < row.length; i++) {
                bind(insert, i + 2, row[i]);
            }
            insert.executeUpdate();
            var join = joins.get(set);
            join.setLong(1, id);
            int completed = join.executeUpdate();
            joined += completed;
            return completed;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot keep a row of " + set.label() + ": " + e.getMessage(), e);
        }
    }

    long joined() {
        return joined;
    }

    List<ResultTable> results() {
        var results = new ArrayList<ResultTable>();
        for (var query : Query.values()) {
            results.add(run(query, queries.get(query.ordinal())));
        }
        return results;
    }

    /** Any SQL over the tables, values as JDBC gives them: for tests. */
    List<List<Object>> query(String sql) throws SQLException {
        var rows = new ArrayList<List<Object>>();
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                var row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static ResultTable run(Query query, PreparedStatement statement) {
        var rows = new ArrayList<List<Object>>();
        try (var result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                var row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    var value = value(result.getObject(i));
                    // H2 gives an interpolated median as a fraction but an exact one in the column's type.
                    boolean median = query.columns().get(i - 1).startsWith("median_");
                    row.add(median && value instanceof Long whole ? Double.valueOf(whole) : value);
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query " + query.question() + " (" + query.title() + ") failed: "
                    + e.getMessage(), e);
        }
        return new ResultTable(query, query.columns(), rows);
    }

    /** Whole numbers as Long, fractions as Double, text as String. */
    static Object value(Object value) {
        if (value == null || value instanceof String) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        return value.toString();
    }

    private void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Double[] array) {
            statement.setArray(index, connection.createArrayOf("DOUBLE PRECISION", array));
        } else {
            statement.setObject(index, value);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // An in-memory database has nothing left to lose.
        }
    }
}
