package io.pinpipe.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the export's steps as cells: read the three data sets, clean them, join them, answer the eight queries.
 * A Databricks notebook gets them as source-format cells ({@code # COMMAND ----------} between, markdown as
 * {@code # MAGIC %md}); a PySpark script gets the same Python in one file, with comments for the markdown.
 */
final class SparkNotebook {

    static final String NOTEBOOK_HEADER = "# Databricks notebook source";
    static final String CELL_SEPARATOR = "# COMMAND ----------";
    static final String SESSION_TIME_ZONE = "spark.sql.session.timeZone";

    private final SparkExport.Request request;
    private final boolean notebook;
    private final List<Cell> cells = new ArrayList<>();

    private record Cell(boolean markdown, List<String> lines) {
    }

    SparkNotebook(SparkExport.Request request) {
        this.request = request;
        this.notebook = request.format() == SparkExport.Format.DATABRICKS;
    }

    String render() {
        markdown("# Pinpipe insights: " + request.topics().prefix(),
                "The original pipeline's cleaning and its eight questions over the topics `"
                        + request.topics().topic(DataSet.PIN) + "`, `" + request.topics().topic(DataSet.GEO) + "` and `"
                        + request.topics().topic(DataSet.USER) + "`, read from "
                        + (request.source() == SparkExport.Source.KAFKA ? "Kafka" : "the S3 sink's JSON files")
                        + ". Exported by Pinpipe: the queries are the ones its Insights pane runs.");
        python(setup());
        markdown("## Read the three data sets");
        python(SparkSources.lines(request));
        for (var step : SparkCleaning.steps()) {
            markdown("## " + step.title());
            python(List.of(SparkText.sql(step.sql())));
        }
        for (var query : Query.values()) {
            markdown("## " + query.question() + ". " + query.title());
            var name = "result_" + query.jsonName();
            python(List.of(name + " = " + SparkText.sql(query.sql()),
                    notebook ? "display(" + name + ")" : name + ".show(n=1000, truncate=False)"));
        }
        if (!notebook) {
            python(List.of("spark.stop()"));
        }
        return notebook ? notebookText() : scriptText();
    }

    private List<String> setup() {
        var lines = new ArrayList<String>();
        if (!notebook) {
            lines.add("import os");
            lines.add("");
            lines.add("from pyspark.sql import SparkSession");
        }
        lines.add("from pyspark.sql.functions import col, from_json");
        if (!notebook) {
            lines.add("");
            lines.add("spark = SparkSession.builder.appName(" + SparkText.py("pinpipe-insights-" + request.topics().prefix())
                    + ").getOrCreate()");
        }
        lines.add("");
        lines.add("# Text datetimes without a zone are read as UTC, as Pinpipe reads them (one with Z or +01:00 is");
        lines.add("# converted to UTC), so the years the queries group by are the same as in Pinpipe's pane.");
        lines.add("spark.conf.set(" + SparkText.py(SESSION_TIME_ZONE) + ", " + SparkText.py("UTC") + ")");
        lines.add("");
        lines.add("# Each data set's columns as the emulator writes them; follower_count and the datetimes stay text");
        lines.add("# until the cleaning parses them.");
        for (var set : DataSet.values()) {
            lines.add(schemaName(set) + " = " + SparkText.py(SparkCleaning.schema(set)));
        }
        return lines;
    }

    static String schemaName(DataSet set) {
        return set.name() + "_SCHEMA";
    }

    private void markdown(String... lines) {
        cells.add(new Cell(true, List.of(lines)));
    }

    private void python(List<String> lines) {
        cells.add(new Cell(false, lines));
    }

    private String notebookText() {
        var out = new StringBuilder(NOTEBOOK_HEADER).append('\n');
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append('\n').append(CELL_SEPARATOR).append('\n');
            }
            out.append('\n');
            var cell = cells.get(i);
            if (cell.markdown()) {
                out.append("# MAGIC %md\n");
                cell.lines().forEach(line -> out.append("# MAGIC ").append(line).append('\n'));
            } else {
                cell.lines().forEach(line -> out.append(line).append('\n'));
            }
        }
        return out.toString();
    }

    private String scriptText() {
        var out = new StringBuilder();
        for (var cell : cells) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (cell.markdown()) {
                cell.lines().forEach(line -> out.append("# ").append(line.replaceFirst("^#+ ", "")).append('\n'));
            } else {
                cell.lines().forEach(line -> out.append(line).append('\n'));
            }
        }
        return out.toString();
    }
}
