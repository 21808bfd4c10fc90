package io.pinpipe.insights.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.insights.InsightsException;
import io.pinpipe.insights.PipelineTopics;
import io.pinpipe.insights.SparkExport;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The "Export for Spark" dialog: the cleaning and the eight queries of one pipeline as a Databricks notebook or a
 * PySpark script, reading the connection's three topics through Spark's Kafka source or the S3 sink's JSON files;
 * what will be written is shown before, the file is written in the background, the outcome said in a sentence.
 */
public final class SparkExportViewModel {

    private final Async async;
    private final Connection connection;
    private final PipelineTopics topics;
    private final SparkKafkaSummary kafka;
    private final ObjectProperty<SparkExport.Format> format = new SimpleObjectProperty<>(SparkExport.Format.DATABRICKS);
    private final ObjectProperty<SparkExport.Source> source = new SimpleObjectProperty<>(SparkExport.Source.KAFKA);
    private final StringProperty bucket = new SimpleStringProperty("");
    private final StringProperty bucketProblem = new SimpleStringProperty("");
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty fileProblem = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty written = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringBinding s3Path;
    private final StringBinding passwordNote;
    private final BooleanBinding canExport;

    /** @param folder where the file goes unless the person chooses another (their home folder, in the app) */
    public SparkExportViewModel(Async async, Connection connection, String prefix, Path folder) {
        this.async = async;
        this.connection = connection;
        this.topics = new PipelineTopics(prefix.strip());
        this.kafka = SparkKafkaSummary.of(connection);
        file.set(folder.resolve(defaultFileName()).toString());
        s3Path = Bindings.createStringBinding(() -> "s3a://" + (bucket.get().isBlank() ? "BUCKET" : bucket.get().strip())
                + "/topics/" + topics.prefix() + ".pin/...", bucket);
        passwordNote = Bindings.createStringBinding(() -> kafka.passwordNote(format.get()), format);
        canExport = Bindings.createBooleanBinding(() -> !file.get().isBlank()
                && (source.get() == SparkExport.Source.S3 || kafka.problem().isEmpty()), file, source).and(running.not());
        bucket.addListener((obs, old, now) -> bucketProblem.set(""));
        file.addListener((obs, old, now) -> fileProblem.set(""));
        javafx.beans.value.ChangeListener<Object> stale = (obs, old, now) -> {
            outcome.set("");
            failure.set("");
        };
        format.addListener(stale);
        source.addListener(stale);
        bucket.addListener(stale);
        file.addListener(stale);
    }

    /** {@code <prefix>-insights.py}: a Databricks notebook in source format is a .py file too. */
    public String defaultFileName() {
        return topics.prefix() + "-insights.py";
    }

    /**
     * Checks what was given (the bucket, the file's name) at once, then writes in the background: the outcome, or
     * why not under the field at fault or in the dialog; nothing typed is lost either way.
     */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        failure.set("");
        outcome.set("");
        var request = request();
        String text;
        try {
            text = SparkExport.render(request);
        } catch (InsightsException e) {
            if (request.source() == SparkExport.Source.S3) {
                bucketProblem.set(e.getMessage());
            } else {
                failure.set(e.getMessage());
            }
            return;
        }
        Path target;
        try {
            target = Path.of(file.get().strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            fileProblem.set("'" + file.get().strip() + "' is not a file name this system allows: " + e.getReason() + ".");
            return;
        }
        var lines = text.lines().count();
        running.set(true);
        async.job("Exporting " + topics.prefix() + " for Spark", p -> {
                    SparkExport.write(request, target);
                    return target;
                })
                .onSuccess(done -> {
                    written.set(done.toString());
                    outcome.set("Wrote " + done + " (" + String.format("%,d", lines) + " lines)");
                })
                .onError(e -> failure.set(ErrorText.of(e)))
                .andFinally(() -> running.set(false))
                .start();
    }

    SparkExport.Request request() {
        var kafkaOptions = source.get() == SparkExport.Source.KAFKA ? kafka.options() : Map.<String, String>of();
        return new SparkExport.Request(topics, format.get(), source.get(), kafkaOptions, bucket.get().strip());
    }

    public String prefix() { return topics.prefix(); }
    public String connectionName() { return connection.name(); }
    /** "bootstrap.servers = ..." lines: the Kafka source's options as they will be written, no secret among them. */
    public List<String> kafkaLines() { return kafka.lines(); }
    /** Why this connection cannot be read through Spark's Kafka source as it is; empty when it can. */
    public String kafkaProblem() { return kafka.problem(); }
    public ObjectProperty<SparkExport.Format> formatProperty() { return format; }
    public ObjectProperty<SparkExport.Source> sourceProperty() { return source; }
    public StringProperty bucketProperty() { return bucket; }
    public StringProperty bucketProblemProperty() { return bucketProblem; }
    public StringBinding s3PathProperty() { return s3Path; }
    public StringBinding passwordNoteProperty() { return passwordNote; }
    public StringProperty fileProperty() { return file; }
    public StringProperty fileProblemProperty() { return fileProblem; }
    public StringProperty failureProperty() { return failure; }
    public StringProperty outcomeProperty() { return outcome; }
    /** The file last written, for "Copy path"; empty until one is. */
    public StringProperty writtenProperty() { return written; }
    public BooleanProperty runningProperty() { return running; }
    public BooleanBinding canExportProperty() { return canExport; }
}
