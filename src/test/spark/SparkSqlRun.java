import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs an exported Pinpipe notebook or PySpark script's steps on Apache Spark in local mode, for SparkExportTest.
 * Not compiled by Maven: the test launches it in Java's source-file mode against the side project spark/pom.xml's
 * class path, so Spark never reaches Pinpipe's class path.
 *
 * Arguments: FROM TO FILE... where every read path's FROM prefix (e.g. s3a://bucket) is replaced by TO (a file: URI).
 * For each FILE it applies its {@code spark.conf.set("k", "v")} lines, reads the schemas ({@code X_SCHEMA = "..."}), the loads ({@code load("view", X_SCHEMA, "path")})
 * and every {@code spark.sql("""...""")} in order, exactly as exported, and prints
 * {@code FILE name}, then per result {@code QUERY name} and one JSON array per row, then {@code END}.
 */
public final class SparkSqlRun {

    private static final Pattern SCHEMA = Pattern.compile("(?m)^([A-Z]+_SCHEMA) = \"(.*)\"$");
    private static final Pattern LOAD = Pattern.compile("(?m)^load\\(\"(\\w+)\", ([A-Z]+_SCHEMA), \"(.*)\"\\)$");
    private static final Pattern CONF = Pattern.compile("(?m)^spark\\.conf\\.set\\(\"([^\"]+)\", \"([^\"]*)\"\\)$");
    private static final Pattern SQL = Pattern.compile("(?s)(?:^|\\n)(?:(result_\\w+) = )?spark\\.sql\\(\"\"\"(.*?)\"\"\"\\)");

    private static final long STARTED = System.nanoTime();

    public static void main(String[] args) throws Exception {
        timing("runner compiled and started");
        var from = args[0];
        var to = args[1];
        var spark = SparkSession.builder().master("local[2]").appName("pinpipe-spark-export-check")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        timing("session up");
        try {
            for (int i = 2; i < args.length; i++) {
                run(spark, Path.of(args[i]), from, to);
            }
        } finally {
            spark.stop();
        }
    }

    private static void run(SparkSession spark, Path file, String from, String to) throws Exception {
        var text = Files.readString(file);
        System.out.println("FILE " + file.getFileName());
        // The export's own session settings (its time zone): this JVM runs in another zone, so they must be there.
        spark.conf().unset("spark.sql.session.timeZone");
        var conf = CONF.matcher(text);
        while (conf.find()) {
            spark.conf().set(conf.group(1), conf.group(2));
        }
        var schemas = new HashMap<String, String>();
        var schema = SCHEMA.matcher(text);
        while (schema.find()) {
            schemas.put(schema.group(1), unescape(schema.group(2)));
        }
        var load = LOAD.matcher(text);
        var loads = 0;
        while (load.find()) {
            var path = unescape(load.group(3));
            if (!path.startsWith(from)) {
                throw new IllegalStateException("A read path that is not under " + from + ": " + path);
            }
            spark.read().schema(schemas.get(load.group(2))).json(to + path.substring(from.length()))
                    .createOrReplaceTempView(load.group(1));
            loads++;
        }
        if (loads != 3) {
            throw new IllegalStateException("Expected 3 loads in " + file + ", found " + loads);
        }
        var sql = SQL.matcher(text);
        while (sql.find()) {
            var result = spark.sql(sql.group(2));
            if (sql.group(1) != null) {
                System.out.println("QUERY " + sql.group(1).substring("result_".length()));
                for (Row row : result.collectAsList()) {
                    System.out.println(json(row));
                }
            }
        }
        System.out.println("END");
        timing(file.getFileName() + " done");
    }

    /** Seconds since start, on stderr, so a slow check says where its time went. */
    private static void timing(String what) {
        System.err.printf("TIMING %.1f s: %s%n", (System.nanoTime() - STARTED) / 1e9, what);
    }

    private static String unescape(String python) {
        return python.replaceAll("\\\\(.)", "$1");
    }

    private static String json(Row row) {
        var values = new ArrayList<String>();
        for (int i = 0; i < row.length(); i++) {
            var value = row.get(i);
            if (value == null) {
                values.add("null");
            } else if (value instanceof Number) {
                values.add(value.toString());
            } else {
                values.add('"' + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"');
            }
        }
        return "[" + String.join(",", values) + "]";
    }
}
