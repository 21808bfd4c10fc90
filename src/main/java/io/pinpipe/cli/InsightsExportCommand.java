package io.pinpipe.cli;

import io.pinpipe.insights.PipelineTopics;
import io.pinpipe.insights.SparkExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code pinpipe insights export --topic-prefix P --format databricks|pyspark --source kafka|s3 [--bucket B]
 * [--output FILE]}: the cleaning and the eight queries for Spark, written to FILE (whole, or not at all) or printed.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the cleaning and the eight queries as a Databricks notebook or a PySpark script, "
                + "reading the pipeline's topics through Spark's Kafka source or the S3 sink's JSON files.")
final class InsightsExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--topic-prefix", paramLabel = "P", required = true,
            description = "The pipeline's prefix: its topics are P.pin, P.geo and P.user")
    String prefix;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "databricks (a notebook in source format) or pyspark (a plain script)")
    String format;

    @Option(names = "--source", paramLabel = "SOURCE", required = true,
            description = "kafka (the topics, through Spark's Kafka source, with the connection's settings but no "
                    + "secret) or s3 (the S3 sink's JSON files; needs --bucket)")
    String source;

    @Option(names = "--bucket", paramLabel = "B", description = "The S3 sink's bucket, for --source s3 (a name, no s3://)")
    String bucket;

    @Mixin
    OutputFileOptions output;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        var chosenFormat = choice(SparkExport.Format.class, "--format", format, "databricks, pyspark");
        var chosenSource = choice(SparkExport.Source.class, "--source", source, "kafka, s3");
        if (chosenSource == SparkExport.Source.KAFKA && bucket != null) {
            throw usage("--bucket is for --source s3: the Kafka source reads the topics themselves");
        }
        if (chosenSource == SparkExport.Source.S3 && bucket == null) {
            throw usage("--source s3 needs --bucket B, the S3 sink's bucket");
        }
        if (output.file == null || !Files.isDirectory(output.file)) {
            output.checkFree();
        }
        Map<String, String> kafka = chosenSource == SparkExport.Source.KAFKA
                ? SparkExport.kafkaOptions(connection.connection()) : Map.of();
        var request = new SparkExport.Request(new PipelineTopics(prefix), chosenFormat, chosenSource, kafka, bucket);
        if (output.file == null) {
            spec.commandLine().getOut().print(SparkExport.render(request));
            spec.commandLine().getOut().flush();
            return 0;
        }
        SparkExport.write(request, output.file);
        var err = spec.commandLine().getErr();
        err.println("Wrote " + (chosenFormat == SparkExport.Format.DATABRICKS ? "a Databricks notebook" : "a PySpark script")
                + " reading " + (chosenSource == SparkExport.Source.KAFKA ? "the topics from " + connection.describe()
                : "s3a://" + bucket.strip() + "/topics/" + prefix + ".*") + " to " + output.file.toAbsolutePath());
        err.flush();
        return 0;
    }

    private <E extends Enum<E>> E choice(Class<E> type, String option, String value, String valid) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage(option + " must be one of " + valid + ", not '" + value + "'");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
