package io.pinpipe.insights;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.ClientProperties;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.connections.TlsOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a data engineer opens: the notebook's cells, the Kafka or S3 source, no secret, and the refusals. */
class SparkExportRenderTest {

    private static final PipelineTopics TOPICS = new PipelineTopics("0a1b2c3d");
    private static final String PASSWORD = "s3cr3t-Pa55\"word";

    @TempDir
    Path dir;

    @Test
    void theNotebookIsDatabricksSourceWithACellPerQueryHoldingItsSqlVerbatim() {
        var text = SparkExport.render(s3(SparkExport.Format.DATABRICKS, "my-pipeline-bucket"));

        assertThat(text.lines().findFirst()).contains("# Databricks notebook source");
        var cells = text.split("\n# COMMAND ----------\n");
        assertThat(cells.length).isGreaterThanOrEqualTo(2 * Query.values().length + 4);
        for (var query : Query.values()) {
            assertThat(cells).as(query.name()).anyMatch(cell -> cell.contains("spark.sql(\"\"\"\n" + query.sql() + "\n\"\"\")")
                    && cell.contains("display(result_" + query.jsonName() + ")"));
            assertThat(cells).as(query.title()).anyMatch(cell -> cell.strip().startsWith("# MAGIC %md")
                    && cell.contains("# MAGIC ## " + query.question() + ". " + query.title()));
        }
        assertThat(text).contains("CREATE OR REPLACE TEMP VIEW all_rows AS").contains("SELECT DISTINCT * FROM pin_raw")
                .contains("try_cast(").contains("g.`timestamp` AS event_time");
    }

    @Test
    void theScriptBuildsItsSessionAndShowsEachResult() {
        var text = SparkExport.render(s3(SparkExport.Format.PYSPARK, "my-pipeline-bucket"));

        assertThat(text).doesNotContain("# COMMAND ----------").doesNotContain("# MAGIC").doesNotContain("display(")
                .contains("SparkSession.builder").contains("spark.stop()");
        for (var query : Query.values()) {
            assertThat(text).contains("result_" + query.jsonName() + " = spark.sql(\"\"\"\n" + query.sql() + "\n\"\"\")")
                    .contains("result_" + query.jsonName() + ".show(");
        }
    }

    @Test
    void theS3SourceReadsTheSinksJsonFilesInTheBucket() {
        var text = SparkExport.render(s3(SparkExport.Format.PYSPARK, " my-pipeline-bucket "));

        for (var set : DataSet.values()) {
            assertThat(text).contains("\"s3a://my-pipeline-bucket/topics/0a1b2c3d." + set.suffix() + "/partition=*/*.json\"");
        }
        assertThat(text).contains("spark.read.schema(schema).json(path)").doesNotContain("format(\"kafka\")");
    }

    @Test
    void anIamConnectionReadsTheTopicsOverSaslSslWithTheMskIamLogin() {
        var msk = new Connection("msk", "b-1.demo.kafka.eu-west-1.amazonaws.com:9098", AuthSettings.Iam.DEFAULT_CHAIN);

        var text = SparkExport.render(kafka(SparkExport.Format.PYSPARK, SparkExport.kafkaOptions(msk)));

        assertThat(text).contains("spark.read.format(\"kafka\")").contains(".option(\"startingOffsets\", \"earliest\")")
                .contains("\"kafka.bootstrap.servers\": \"b-1.demo.kafka.eu-west-1.amazonaws.com:9098\"")
                .contains("\"kafka.security.protocol\": \"SASL_SSL\"")
                .contains("\"kafka.sasl.mechanism\": \"AWS_MSK_IAM\"")
                .contains("\"kafka.sasl.jaas.config\": \"software.amazon.msk.auth.iam.IAMLoginModule required;\"")
                .contains("\"kafka.sasl.client.callback.handler.class\": \"software.amazon.msk.auth.iam.IAMClientCallbackHandler\"")
                .contains("aws-msk-iam-auth")
                .contains("from_json(col(\"value\").cast(\"string\"), schema)");
        for (var set : DataSet.values()) {
            assertThat(text).contains("load(\"" + set.suffix() + "_raw\", " + set.name() + "_SCHEMA, \"0a1b2c3d."
                    + set.suffix() + "\")");
        }
    }

    @Test
    void onDatabricksMskIamUsesTheShadedClassesAndTheClustersInstanceProfileNotALocalProfile() {
        var iam = new AuthSettings.Iam(Optional.of("my-laptop-profile"), Optional.empty(), Optional.empty(),
                TlsOptions.DEFAULT);
        var msk = new Connection("msk", "b-1.demo.kafka.eu-west-1.amazonaws.com:9098", iam);

        var text = SparkExport.render(kafka(SparkExport.Format.DATABRICKS, SparkExport.kafkaOptions(msk)));

        assertThat(text)
                .contains("\"kafka.sasl.jaas.config\": \"shadedmskiam.software.amazon.msk.auth.iam.IAMLoginModule required;\"")
                .contains("\"kafka.sasl.client.callback.handler.class\": "
                        + "\"shadedmskiam.software.amazon.msk.auth.iam.IAMClientCallbackHandler\"")
                .contains("instance")
                .doesNotContain("awsProfileName").doesNotContain("my-laptop-profile");
    }

    @Test
    void consumerSettingsSparksKafkaSourceRefusesAreLeftOutAndNamed() {
        var options = new LinkedHashMap<String, String>();
        options.put("bootstrap.servers", "localhost:9092");
        options.put("group.id", "pinpipe-insights");
        options.put("auto.offset.reset", "latest");
        options.put("key.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        options.put("value.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        options.put("enable.auto.commit", "false");
        options.put("interceptor.classes", "com.example.Tracing");
        options.put("client.id", "pinpipe");

        var text = SparkExport.render(kafka(SparkExport.Format.PYSPARK, options));

        assertThat(text).contains("\"kafka.client.id\": \"pinpipe\"").contains("\"kafka.bootstrap.servers\"")
                .contains("# Left out: auto.offset.reset, enable.auto.commit, group.id, interceptor.classes, "
                        + "key.deserializer, value.deserializer")
                .contains("everything from the earliest offset");
        for (var refused : SparkKafkaOptions.REFUSED_BY_SPARK) {
            assertThat(text).doesNotContain("\"kafka." + refused + "\"");
        }
    }

    @Test
    void bothFormsSetSparksSessionTimeZoneToUtcAsPinpipeReadsDatetimes() {
        for (var format : SparkExport.Format.values()) {
            assertThat(SparkExport.render(s3(format, "my-pipeline-bucket")))
                    .contains("spark.conf.set(\"spark.sql.session.timeZone\", \"UTC\")");
        }
    }

    @Test
    void aScramConnectionsPasswordIsNeverWrittenButReadFromASecret() {
        var scram = new Connection("scram", "b-1.demo:9096", new AuthSettings.Scram("alice", Optional.of(TlsOptions.DEFAULT)));
        // Even given the password itself (client properties as Pinpipe uses them), the export leaves it out.
        var withSecret = new LinkedHashMap<>(Map.copyOf(ClientProperties.of(scram, secret -> Optional.of(PASSWORD))
                .entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey().toString(),
                        e -> e.getValue().toString()))));
        withSecret.put("ssl.truststore.password", PASSWORD);

        var notebook = SparkExport.render(kafka(SparkExport.Format.DATABRICKS, withSecret));
        var script = SparkExport.render(kafka(SparkExport.Format.PYSPARK, SparkExport.kafkaOptions(scram)));

        assertThat(notebook).doesNotContain(PASSWORD).doesNotContain("s3cr3t")
                .contains("KAFKA_PASSWORD = dbutils.secrets.get(scope=\"pinpipe\", key=\"kafka-password\")")
                .contains("kafkashaded.org.apache.kafka.common.security.scram.ScramLoginModule required username=\\\"alice\\\" password=\\\"\" + KAFKA_PASSWORD")
                .contains("\"kafka.sasl.mechanism\": \"SCRAM-SHA-512\"");
        assertThat(script).doesNotContain("from-a-secret")
                .contains("KAFKA_PASSWORD = os.environ[\"PINPIPE_SCRAM_PASSWORD\"]")
                .contains("\"org.apache.kafka.common.security.scram.ScramLoginModule required username=\\\"alice\\\" password=\\\"\" + KAFKA_PASSWORD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "s3://my-bucket", "My_Bucket", "ab", "bucket/with/path", "-leading"})
    void aBadBucketIsRefusedNamingTheBucket(String bucket) {
        assertThatThrownBy(() -> SparkExport.render(s3(SparkExport.Format.DATABRICKS, bucket)))
                .isInstanceOfSatisfying(InsightsException.class, e -> assertThat(e.reason())
                        .isEqualTo(InsightsException.Reason.INVALID_REQUEST))
                .hasMessageContaining("bucket");
    }

    @Test
    void writeReplacesTheFileWhole() throws Exception {
        var file = dir.resolve("insights.py");
        Files.writeString(file, "old");

        SparkExport.write(s3(SparkExport.Format.DATABRICKS, "my-pipeline-bucket"), file);

        assertThat(Files.readString(file)).startsWith("# Databricks notebook source");
        assertThat(dir).isDirectoryContaining(path -> true).satisfies(folder ->
                assertThat(Files.list(folder)).containsExactly(file));
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefusedNamingItAndLeavesNoFile() throws Exception {
        var notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        var missing = dir.resolve("missing");

        for (var folder : new Path[] {notAFolder, missing}) {
            assertThatThrownBy(() -> SparkExport.write(s3(SparkExport.Format.PYSPARK, "my-pipeline-bucket"),
                    folder.resolve("insights.py")))
                    .isInstanceOfSatisfying(InsightsException.class, e -> assertThat(e.reason())
                            .isEqualTo(InsightsException.Reason.IO))
                    .hasMessageContaining("the folder " + folder.toAbsolutePath() + " cannot be written");
        }
        assertThat(Files.list(dir)).containsExactly(notAFolder);
    }

    private static SparkExport.Request s3(SparkExport.Format format, String bucket) {
        return new SparkExport.Request(TOPICS, format, SparkExport.Source.S3, Map.of(), bucket);
    }

    private static SparkExport.Request kafka(SparkExport.Format format, Map<String, String> options) {
        return new SparkExport.Request(TOPICS, format, SparkExport.Source.KAFKA, options, null);
    }
}
