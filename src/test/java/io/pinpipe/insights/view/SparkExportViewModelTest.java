package io.pinpipe.insights.view;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.TlsOptions;
import io.pinpipe.insights.SparkExport;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The "Export for Spark" dialog's state without a window: what it shows before, what it says after. */
class SparkExportViewModelTest {

    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final ExecutorService background = Executors.newCachedThreadPool();
    private final Async async = new Async(background, fx, new BackgroundWork());

    @TempDir
    Path folder;

    @AfterEach
    void shutDown() {
        fx.shutdownNow();
        background.shutdownNow();
    }

    private <T> T onFx(Callable<T> read) throws Exception {
        return fx.submit(read).get();
    }

    private SparkExportViewModel model(Connection connection) throws Exception {
        return onFx(() -> new SparkExportViewModel(async, connection, " demo ", folder));
    }

    @Test
    void theFileIsNamedAfterThePrefixInTheFolderGiven() throws Exception {
        var model = model(Connection.localSandbox("localhost:1"));

        assertThat(model.defaultFileName()).isEqualTo("demo-insights.py");
        assertThat(onFx(() -> model.fileProperty().get())).isEqualTo(folder.resolve("demo-insights.py").toString());
    }

    @Test
    void theS3PathFollowsTheBucketAsItIsTyped() throws Exception {
        var model = model(Connection.localSandbox("localhost:1"));

        assertThat(onFx(() -> model.s3PathProperty().get())).isEqualTo("s3a://BUCKET/topics/demo.pin/...");
        assertThat(onFx(() -> {
            model.bucketProperty().set("my-bucket");
            return model.s3PathProperty().get();
        })).isEqualTo("s3a://my-bucket/topics/demo.pin/...");
    }

    @Test
    void aBadBucketIsSaidUnderTheFieldAndNothingIsWritten() throws Exception {
        var model = model(Connection.localSandbox("localhost:1"));
        var file = folder.resolve("out.py");

        var problem = onFx(() -> {
            model.sourceProperty().set(SparkExport.Source.S3);
            model.fileProperty().set(file.toString());
            model.bucketProperty().set("s3://My_Bucket");
            model.export();
            return model.bucketProblemProperty().get();
        });

        assertThat(problem).contains("'s3://My_Bucket' is a URL");
        assertThat(onFx(() -> model.runningProperty().get())).isFalse();
        assertThat(file).doesNotExist();
        assertThat(onFx(() -> {
            model.bucketProperty().set("my-bucket");
            return model.bucketProblemProperty().get();
        })).as("typing again clears it").isEmpty();
    }

    @Test
    void theKafkaSettingsShownAreThoseWrittenWithThePasswordsPlaceNamed() throws Exception {
        var scram = new Connection("scram", "b-1.demo:9096", new AuthSettings.Scram("alice", Optional.of(TlsOptions.DEFAULT)));
        var model = model(scram);

        assertThat(model.kafkaProblem()).isEmpty();
        assertThat(model.kafkaLines()).contains("bootstrap.servers = b-1.demo:9096", "security.protocol = SASL_SSL")
                .anySatisfy(line -> assertThat(line).startsWith("sasl.jaas.config = ").contains("username=\"alice\"")
                        .contains("password=<secret>"))
                .noneSatisfy(line -> assertThat(line).contains("from-a-secret"));
        assertThat(onFx(() -> model.passwordNoteProperty().get())).contains("Databricks secret pinpipe/kafka-password");
        assertThat(onFx(() -> {
            model.formatProperty().set(SparkExport.Format.PYSPARK);
            return model.passwordNoteProperty().get();
        })).contains("environment variable PINPIPE_SCRAM_PASSWORD");
        assertThat(model(Connection.localSandbox("localhost:1")).passwordNoteProperty().get()).as("no login, no password")
                .isEmpty();
    }

    @Test
    void aPysparkScriptOverKafkaIsWrittenAndTheOutcomeCountsItsLines() throws Exception {
        var model = model(Connection.localSandbox("localhost:1"));
        var file = folder.resolve("script.py");

        onFx(() -> {
            model.formatProperty().set(SparkExport.Format.PYSPARK);
            model.fileProperty().set(file.toString());
            model.export();
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> !onFx(() -> model.outcomeProperty().get()).isEmpty());

        var lines = Files.readAllLines(file);
        assertThat(onFx(() -> model.outcomeProperty().get())).isEqualTo("Wrote " + file + " (" + lines.size() + " lines)");
        assertThat(String.join("\n", lines)).contains("\"kafka.bootstrap.servers\": \"localhost:1\"")
                .doesNotContain("# Databricks notebook source");
        assertThat(onFx(() -> model.writtenProperty().get())).isEqualTo(file.toString());
    }
}
