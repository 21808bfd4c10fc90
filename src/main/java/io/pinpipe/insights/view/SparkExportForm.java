package io.pinpipe.insights.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.insights.SparkExport;
import io.pinpipe.ui.FieldNote;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;

/** The export dialog's three parts: the format, where Spark reads from, and the file. */
final class SparkExportForm {

    private final SparkExportViewModel model;

    SparkExportForm(SparkExportViewModel model) {
        this.model = model;
    }

    VBox format() {
        var group = new ToggleGroup();
        var notebook = radio(group, "spark-export-databricks", "Databricks notebook (source format)",
                SparkExport.Format.DATABRICKS);
        var script = radio(group, "spark-export-pyspark", "PySpark script", SparkExport.Format.PYSPARK);
        bind(group, model.formatProperty());
        var row = new javafx.scene.layout.FlowPane(24, 8, notebook, script);
        return disabledWhileRunning(new VBox(row));
    }

    VBox source() {
        var group = new ToggleGroup();
        var kafka = radio(group, "spark-export-kafka", "Kafka topics through Spark's Kafka source",
                SparkExport.Source.KAFKA);
        var s3 = radio(group, "spark-export-s3", "S3 sink's JSON files", SparkExport.Source.S3);
        bind(group, model.sourceProperty());
        var kafkaDetails = kafkaDetails();
        var s3Details = s3Details();
        kafkaDetails.disableProperty().bind(model.sourceProperty().isNotEqualTo(SparkExport.Source.KAFKA));
        s3Details.disableProperty().bind(model.sourceProperty().isNotEqualTo(SparkExport.Source.S3));
        return disabledWhileRunning(new VBox(8, kafka, kafkaDetails, s3, s3Details));
    }

    VBox file() {
        var path = new TextField();
        path.setId("spark-export-file");
        path.textProperty().bindBidirectional(model.fileProperty());
        path.setPromptText("The file to write, e.g. " + model.defaultFileName());
        HBox.setHgrow(path, Priority.ALWAYS);
        var choose = new Button("Choose…", new FontIcon(Feather.FOLDER));
        choose.setId("spark-export-choose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(event -> {
            var chooser = new FileChooser();
            chooser.setTitle("Export for Spark to");
            var now = typed().orElse(Path.of(model.defaultFileName()));
            chooser.setInitialFileName(now.getFileName() == null ? model.defaultFileName() : now.getFileName().toString());
            var folder = now.toAbsolutePath().getParent();
            if (folder != null && folder.toFile().isDirectory()) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Python (notebook or script)", "*.py"));
            var chosen = chooser.showSaveDialog(choose.getScene().getWindow());
            if (chosen != null) {
                model.fileProperty().set(chosen.getPath());
            }
        });
        var row = new HBox(8, path, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        var note = FieldNote.under(path, "Written whole when done; a file of that name is replaced.",
                model.fileProblemProperty());
        return disabledWhileRunning(new VBox(6, row, note));
    }

    /** The file as typed, when it is one this system allows. */
    private java.util.Optional<Path> typed() {
        try {
            var text = model.fileProperty().get().strip();
            return text.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Path.of(text));
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

    private VBox kafkaDetails() {
        var box = new VBox(4);
        if (!model.kafkaProblem().isEmpty()) {
            var problem = small("spark-export-kafka-problem", model.kafkaProblem());
            problem.getStyleClass().add(Styles.DANGER);
            box.getChildren().add(problem);
        } else {
            var heading = small("spark-export-kafka-heading", "Written with the settings of " + model.connectionName()
                    + ", no secret among them:");
            var settings = small("spark-export-kafka-settings", String.join("\n", model.kafkaLines()));
            settings.getStyleClass().add("mono");
            var password = small("spark-export-password", "");
            password.textProperty().bind(model.passwordNoteProperty());
            password.visibleProperty().bind(model.passwordNoteProperty().isNotEmpty());
            password.managedProperty().bind(password.visibleProperty());
            box.getChildren().addAll(heading, settings, password);
        }
        return indented(box);
    }

    private VBox s3Details() {
        var bucket = new TextField();
        bucket.setId("spark-export-bucket");
        bucket.setPromptText("e.g. my-pipeline-bucket");
        bucket.textProperty().bindBidirectional(model.bucketProperty());
        HBox.setHgrow(bucket, Priority.ALWAYS);
        var label = new Label("Bucket");
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(bucket);
        var row = new HBox(8, label, bucket);
        row.setAlignment(Pos.CENTER_LEFT);
        var note = FieldNote.under(bucket, "The bucket's name alone, without s3://.", model.bucketProblemProperty());
        var where = small("spark-export-s3-path", "");
        where.textProperty().bind(Bindings.createStringBinding(() -> "Reads " + model.s3PathProperty().get()
                + " (and .geo, .user)", model.s3PathProperty()));
        return indented(new VBox(4, row, note, where));
    }

    private static RadioButton radio(ToggleGroup group, String id, String text, Object value) {
        var radio = new RadioButton(text);
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.setUserData(value);
        radio.setWrapText(true);
        return radio;
    }

    @SuppressWarnings("unchecked")
    private static <T> void bind(ToggleGroup group, ObjectProperty<T> value) {
        group.getToggles().stream().filter(toggle -> toggle.getUserData() == value.get()).findFirst()
                .ifPresent(group::selectToggle);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                value.set((T) now.getUserData());
            }
        });
    }

    private static Label small(String id, String text) {
        var label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }

    private static VBox indented(VBox box) {
        box.setPadding(new Insets(0, 0, 4, 28));
        return box;
    }

    private <N extends Node> N disabledWhileRunning(N node) {
        node.disableProperty().bind(model.runningProperty());
        return node;
    }
}
