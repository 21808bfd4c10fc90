package io.pinpipe.insights;

/** Python source text: string literals and the SQL blocks of {@code spark.sql("""...""")}. */
final class SparkText {

    private SparkText() {
    }

    /** A double-quoted Python string literal. */
    static String py(String value) {
        var out = new StringBuilder("\"");
        for (var c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** {@code spark.sql("""sql""")}, the SQL verbatim (it must not hold a triple quote or a backslash). */
    static String sql(String sql) {
        if (sql.contains("\"\"\"") || sql.contains("\\")) {
            throw new IllegalStateException("SQL that a Python triple-quoted string cannot hold verbatim: " + sql);
        }
        return "spark.sql(\"\"\"\n" + sql + "\n\"\"\")";
    }
}
