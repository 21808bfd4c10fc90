package io.pinpipe.cli;

import io.pinpipe.insights.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code pinpipe insights export}: the file a data engineer takes to Databricks, and one-line refusals. */
class InsightsExportCommandTest {

    private static final String PASSWORD = "never-in-the-file-42";

    @TempDir
    Path dir;

    @Test
    void anS3NotebookIsWrittenWithTheBucketsPathsAndTheQueries() throws Exception {
        var file = dir.resolve("insights.py");

        var run = CliRun.of(Map.of(), "insights", "export", "--topic-prefix", "0a1b2c3d", "--format", "databricks",
                "--source", "s3", "--bucket", "demo-bucket", "--output", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        var text = Files.readString(file);
        assertThat(text).startsWith("# Databricks notebook source\n")
                .contains("s3a://demo-bucket/topics/0a1b2c3d.pin/partition=*/*.json")
                .contains(Query.MEDIAN_FOLLOWERS_PER_AGE_GROUP_AND_JOIN_YEAR.sql());
        assertThat(run.err()).contains("Wrote a Databricks notebook").contains(file.toAbsolutePath().toString());
    }

    @Test
    void withoutOutputTheScriptGoesToStandardOutput() {
        var run = CliRun.of(Map.of(), "insights", "export", "--topic-prefix", "demo", "--format", "pyspark",
                "--source", "s3", "--bucket", "demo-bucket");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("SparkSession.builder").contains(Query.USERS_JOINED_PER_YEAR.sql())
                .contains("spark.conf.set(\"spark.sql.session.timeZone\", \"UTC\")")
                .contains("s3a://demo-bucket/topics/demo.user/partition=*/*.json");
    }

    @Test
    void aKafkaScriptTakesTheConnectionsSettingsButNeverItsPassword() throws Exception {
        var file = dir.resolve("insights_job.py");

        var run = CliRun.of(Map.of("PINPIPE_SCRAM_PASSWORD", PASSWORD), "insights", "export", "--topic-prefix", "demo",
                "--format", "PySpark", "--source", "kafka", "--bootstrap", "b-1.demo:9096", "--auth", "scram",
                "--scram-user", "alice", "-o", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        var text = Files.readString(file);
        assertThat(text).contains("\"kafka.bootstrap.servers\": \"b-1.demo:9096\"")
                .contains("\"kafka.security.protocol\": \"SASL_SSL\"")
                .contains("\"kafka.sasl.mechanism\": \"SCRAM-SHA-512\"")
                .contains("os.environ[\"PINPIPE_SCRAM_PASSWORD\"]")
                .contains("load(\"pin_raw\", PIN_SCHEMA, \"demo.pin\")")
                .doesNotContain(PASSWORD);
        assertThat(run.everything()).doesNotContain(PASSWORD);
    }

    @Test
    void badInputIsOneLineOnStderrAndNoFile() throws Exception {
        var file = dir.resolve("out.py");
        var existing = Files.writeString(dir.resolve("existing.py"), "keep");
        var missingFolder = dir.resolve("no-such-folder").resolve("out.py");

        expectRefused(2, "--format must be one of databricks, pyspark", "--topic-prefix", "p", "--format", "zeppelin",
                "--source", "s3", "--bucket", "b-1", "--output", file.toString());
        expectRefused(2, "--source must be one of kafka, s3", "--topic-prefix", "p", "--format", "databricks",
                "--source", "hdfs", "--output", file.toString());
        expectRefused(2, "--source s3 needs --bucket", "--topic-prefix", "p", "--format", "databricks",
                "--source", "s3", "--output", file.toString());
        expectRefused(1, "The bucket 's3://demo-bucket' is a URL", "--topic-prefix", "p", "--format", "databricks",
                "--source", "s3", "--bucket", "s3://demo-bucket", "--output", file.toString());
        expectRefused(1, "The bucket 'Demo_Bucket' is not a bucket name", "--topic-prefix", "p", "--format",
                "pyspark", "--source", "s3", "--bucket", "Demo_Bucket", "--output", file.toString());
        expectRefused(2, "exists: add --force", "--topic-prefix", "p", "--format", "pyspark", "--source", "s3",
                "--bucket", "demo-bucket", "--output", existing.toString());
        expectRefused(1, "the folder " + missingFolder.getParent().toAbsolutePath() + " cannot be written",
                "--topic-prefix", "p", "--format", "pyspark", "--source", "s3", "--bucket", "demo-bucket",
                "--output", missingFolder.toString());
        expectRefused(1, "Give the pipeline's topic prefix", "--topic-prefix", " ", "--format", "pyspark",
                "--source", "s3", "--bucket", "demo-bucket", "--output", file.toString());

        assertThat(Files.list(dir)).containsExactly(existing);
        assertThat(Files.readString(existing)).isEqualTo("keep");
    }

    private static void expectRefused(int exitCode, String message, String... args) {
        var all = new String[args.length + 2];
        all[0] = "insights";
        all[1] = "export";
        System.arraycopy(args, 0, all, 2, args.length);
        var run = CliRun.of(Map.of(), all);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).startsWith("pinpipe: ").contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }
}
