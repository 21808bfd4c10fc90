package io.pinpipe.insights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue's key check: the exported notebook and script, run on Apache Spark in local mode over the S3 sink's
 * files of a small pipeline, give the same eight tables as Pinpipe's own analysis. The events are hand-made rows
 * written as the emulator writes them ({@link SparkCheckEvents}: dirty values, duplicates, posts whose partners never
 * arrive); the expected tables are worked out by hand from insights-queries.md. Spark runs in a JVM of its own
 * ({@link SparkLocal}), never on this class path.
 */
@Tag("slow")
class SparkExportTest {

    private static final String BUCKET = "pinpipe-check-bucket";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theExportedNotebookAndScriptGiveTheEightTablesOnSparkThatPinpipeGives() throws Exception {
        var sink = dir.resolve("s3");
        var handmade = new PipelineTopics("handmade");
        var handmadeEvents = SparkCheckEvents.events();
        SparkSinkFolder.write(sink, handmade, handmadeEvents, 3);
        var sample = new PipelineTopics("sample");
        var sampleEvents = SparkSampleEvents.events(16, 400, 600);
        SparkSinkFolder.write(sink, sample, sampleEvents, 50);
        var notebook = export(handmade, SparkExport.Format.DATABRICKS, "handmade_notebook.py");
        var script = export(handmade, SparkExport.Format.PYSPARK, "handmade_script.py");
        var sampleNotebook = export(sample, SparkExport.Format.DATABRICKS, "sample_notebook.py");

        var started = System.nanoTime();
        var output = SparkLocal.run("s3a://" + BUCKET, sink.toUri().toString().replaceAll("/$", ""),
                List.of(notebook, script, sampleNotebook), Duration.ofMinutes(4));
        System.out.printf("Spark run: %.1f s%n", (System.nanoTime() - started) / 1e9);

        var spark = parse(output);
        assertThat(spark).containsOnlyKeys("handmade_notebook.py", "handmade_script.py", "sample_notebook.py");
        var byHand = normalised(SparkCheckEvents.expected());
        var pinpipe = pinpipe(handmadeEvents);
        assertThat(pinpipe).as("Pinpipe's engine against the tables worked out by hand").isEqualTo(byHand);
        assertSameTables(spark.get("handmade_notebook.py"), pinpipe, "handmade notebook");
        assertSameTables(spark.get("handmade_script.py"), pinpipe, "handmade script");
        var samplePinpipe = pinpipe(sampleEvents);
        assertThat(samplePinpipe.values()).as("the sample's answers are not all empty").allMatch(rows -> !rows.isEmpty());
        assertSameTables(spark.get("sample_notebook.py"), samplePinpipe, "sample notebook");
    }

    private Path export(PipelineTopics topics, SparkExport.Format format, String name) {
        var file = dir.resolve(name);
        SparkExport.write(request(topics, format), file);
        return file;
    }

    private static void assertSameTables(Map<String, List<List<Object>>> spark, Map<String, List<List<Object>>> pinpipe,
                                         String what) {
        assertThat(spark).as(what).containsOnlyKeys(pinpipe.keySet());
        pinpipe.forEach((query, rows) -> assertThat(spark.get(query)).as(what + ": " + query)
                .containsExactlyInAnyOrderElementsOf(rows));
    }

    /** The same events through Pinpipe's own engine (H2), its tables normalised as Spark's are. */
    private static Map<String, List<List<Object>>> pinpipe(List<SparkCheckEvents.Event> events) {
        try (var engine = new InsightsEngine()) {
            var time = java.time.Instant.parse("2026-01-01T00:00:00Z");
            for (var event : events) {
                engine.accept(event.set(), event.json().getBytes(java.nio.charset.StandardCharsets.UTF_8), time);
            }
            var tables = new LinkedHashMap<Query, List<List<Object>>>();
            engine.snapshot(List.of()).results().forEach(table -> tables.put(table.query(), table.rows()));
            return normalised(tables);
        }
    }

    private static SparkExport.Request request(PipelineTopics topics, SparkExport.Format format) {
        return new SparkExport.Request(topics, format, SparkExport.Source.S3, Map.of(), BUCKET);
    }

    /** {@code FILE f}, {@code QUERY q}, rows as JSON arrays, {@code END}: per file, per query, its rows. */
    private static Map<String, Map<String, List<List<Object>>>> parse(List<String> lines) throws Exception {
        var files = new LinkedHashMap<String, Map<String, List<List<Object>>>>();
        Map<String, List<List<Object>>> queries = null;
        List<List<Object>> rows = null;
        for (var line : lines) {
            if (line.startsWith("FILE ")) {
                queries = new LinkedHashMap<>();
                files.put(line.substring(5), queries);
            } else if (line.startsWith("QUERY ")) {
                rows = new ArrayList<>();
                queries.put(line.substring(6), rows);
            } else if (line.startsWith("[")) {
                var row = new ArrayList<Object>();
                for (JsonNode value : JSON.readTree(line)) {
                    row.add(value.isNull() ? null : value.isNumber() ? number(value.decimalValue()) : value.asText());
                }
                rows.add(row);
            }
        }
        return files;
    }

    private static Map<String, List<List<Object>>> normalised(Map<Query, List<List<Object>>> tables) {
        var out = new LinkedHashMap<String, List<List<Object>>>();
        tables.forEach((query, rows) -> out.put(query.jsonName(), rows.stream().map(row -> {
            var values = new ArrayList<Object>();
            row.forEach(value -> values.add(value instanceof Number n ? number(new BigDecimal(n.toString())) : value));
            return (List<Object>) values;
        }).toList()));
        return out;
    }

    /** Numbers compared as numbers: 3.5 equals 3.5d, 2 (int) equals 2 (long) equals 2.0. */
    private static String number(BigDecimal value) {
        return "#" + value.stripTrailingZeros().toPlainString();
    }
}
