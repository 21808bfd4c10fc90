package io.pinpipe.insights;

import java.util.ArrayList;
import java.util.List;

/** The Python that reads the three data sets into the temp views {@code pin_raw}, {@code geo_raw}, {@code user_raw}. */
final class SparkSources {

    private SparkSources() {
    }

    static List<String> lines(SparkExport.Request request) {
        var lines = new ArrayList<String>();
        if (request.source() == SparkExport.Source.KAFKA) {
            lines.addAll(SparkKafkaOptions.lines(request.kafka(), request.format()));
            lines.add("");
            lines.add("# Spark's Kafka source, as a batch: each topic from its earliest offset to its end now. The export");
            lines.add("# always reads everything from the earliest offset: the pane's \"From now\" start does not apply here.");
            lines.add("def load(view, schema, topic):");
            lines.add("    (spark.read.format(\"kafka\")");
            lines.add("        .options(**KAFKA_OPTIONS)");
            lines.add("        .option(\"subscribe\", topic)");
            lines.add("        .option(\"startingOffsets\", \"earliest\")");
            lines.add("        .option(\"endingOffsets\", \"latest\")");
            lines.add("        .load()");
            lines.add("        .select(from_json(col(\"value\").cast(\"string\"), schema).alias(\"row\"))");
            lines.add("        .select(\"row.*\")");
            lines.add("        .createOrReplaceTempView(view))");
        } else {
            lines.add("# The S3 sink's files: one JSON object per record, under topics/<topic>/partition=<p>/.");
            lines.add("def load(view, schema, path):");
            lines.add("    spark.read.schema(schema).json(path).createOrReplaceTempView(view)");
        }
        lines.add("");
        for (var set : DataSet.values()) {
            lines.add("load(" + SparkText.py(SparkCleaning.rawView(set)) + ", " + SparkNotebook.schemaName(set) + ", "
                    + SparkText.py(where(request, set)) + ")");
        }
        return lines;
    }

    private static String where(SparkExport.Request request, DataSet set) {
        var topic = request.topics().topic(set);
        return request.source() == SparkExport.Source.KAFKA ? topic
                : "s3a://" + request.bucket().strip() + "/topics/" + topic + "/partition=*/*.json";
    }
}
