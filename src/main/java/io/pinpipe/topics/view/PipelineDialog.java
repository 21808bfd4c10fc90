package io.pinpipe.topics.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.topics.PipelinePrefix;
import io.pinpipe.ui.ActionDialog;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.OptionalInt;

/** "Pipeline topics": a prefix, and the partitions and replication factor of the three topics (empty: broker default). */
final class PipelineDialog {

    private PipelineDialog() {
    }

    static void show(Window owner, TopicsViewModel model) {
        var prefix = new TextField();
        prefix.setId("pipeline-prefix");
        prefix.setPromptText("e.g. 0a1b2c3d4e5f (the original used a 12-hex user id)");
        var problem = Bindings.createStringBinding(() -> prefix.getText().isBlank() ? ""
                : PipelinePrefix.problem(prefix.getText().strip()).orElse(""), prefix.textProperty());
        var names = new Label();
        names.setId("pipeline-names");
        names.setWrapText(true);
        names.textProperty().bind(Bindings.createStringBinding(() -> prefix.getText().isBlank()
                ? "Creates PREFIX.pin, PREFIX.geo and PREFIX.user; those already there are left as they are."
                : problem.get().isEmpty() ? "Creates " + prefix.getText().strip() + ".pin, .geo and .user."
                : problem.get(), prefix.textProperty(), problem));

        var partitions = number("pipeline-partitions");
        var partitionsProblem = Bindings.createStringBinding(
                () -> FieldChecks.count(partitions.getText(), "Partitions", 1, 100_000), partitions.textProperty());
        var replication = number("pipeline-replication");
        var replicationProblem = Bindings.createStringBinding(
                () -> FieldChecks.count(replication.getText(), "Replication factor", 1, Short.MAX_VALUE),
                replication.textProperty());
        var shape = new GridPane();
        shape.setHgap(12);
        shape.setVgap(4);
        shape.addRow(0, new Label("Partitions"), withNote(partitions, partitionsProblem));
        shape.addRow(1, new Label("Replication factor"), withNote(replication, replicationProblem));

        var form = new VBox(8, new Label("Topic prefix"), prefix, names, shape);
        var ready = javafx.beans.binding.Bindings.createBooleanBinding(() -> !prefix.getText().isBlank(), prefix.textProperty())
                .and(problem.isEmpty())
                .and(partitionsProblem.isEmpty()).and(replicationProblem.isEmpty());
        ActionDialog.show(owner, "pipeline-dialog", "Pipeline topics", "Create the pipeline's three topics", form,
                "Create", ready, false, (done, failed) -> model.createPipelineTopics(prefix.getText(),
                        value(partitions), value(replication), text -> done.run(), failed));
    }

    private static TextField number(String id) {
        var field = new TextField();
        field.setId(id);
        field.setPromptText(CreateTopicViewModel.DEFAULT);
        field.setPrefColumnCount(8);
        return field;
    }

    /** The field, and under it what is wrong with it (in red), or nothing. */
    private static VBox withNote(TextField field, StringBinding problem) {
        var note = new Label();
        note.setId(field.getId() + "-note");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, "field-problem");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(problem);
        note.managedProperty().bind(problem.isNotEmpty());
        note.visibleProperty().bind(problem.isNotEmpty());
        problem.addListener((obs, old, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        return new VBox(2, field, note);
    }

    private static OptionalInt value(TextField field) {
        var text = field.getText().strip();
        return text.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
    }
}
