package io.pinpipe.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/**
 * {@code pinpipe insights export --topic-prefix P --format databricks|pyspark --source kafka|s3 [--bucket B]
 * --output FILE}: the cleaning and the eight queries for Spark.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the cleaning and the eight queries as a Databricks notebook or a PySpark script, "
                + "reading the pipeline's topics through Spark's Kafka source or the S3 sink's JSON files.")
final class InsightsExportCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("helper: spark");
    }
}
