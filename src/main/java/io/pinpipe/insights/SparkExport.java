package io.pinpipe.insights;

import java.nio.file.Path;
import java.util.Map;

/**
 * The cleaning and the eight queries for Spark, where one machine is not enough: a Databricks notebook (source
 * format, Python cells with Spark SQL) or a plain PySpark script, reading the three topics through Spark's Kafka
 * source (the connection's security settings, MSK IAM included; never a secret) or the S3 sink's JSON files.
 * The queries are {@link Query#sql()} verbatim.
 */
public final class SparkExport {

    public enum Format { DATABRICKS, PYSPARK }

    public enum Source { KAFKA, S3 }

    /**
     * @param kafka the Kafka source's options without the {@code kafka.} prefix (bootstrap.servers,
     *              security.protocol, sasl.mechanism, ...) with every secret left out; unused for S3
     * @param bucket the S3 bucket (no {@code s3://}); unused for Kafka
     */
    public record Request(PipelineTopics topics, Format format, Source source, Map<String, String> kafka,
                          String bucket) {
    }

    private SparkExport() {
    }

    /** The notebook or script's text. @throws InsightsException INVALID_REQUEST for a missing or bad bucket name */
    public static String render(Request request) {
        throw new UnsupportedOperationException("helper: spark");
    }

    /** Writes it; a file that cannot be written is an {@link InsightsException} (IO) naming the folder. */
    public static void write(Request request, Path output) {
        throw new UnsupportedOperationException("helper: spark");
    }
}
