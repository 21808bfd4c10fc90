package io.pinpipe.topics.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.topics.TopicConfigValue;
import io.pinpipe.ui.ActionDialog;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The small dialogs that change the selected topic: delete, add partitions, change a config value. */
final class TopicChangeDialogs {

    private TopicChangeDialogs() {
    }

    /** Deleting needs the topic's name typed, so a slip of the mouse deletes nothing. */
    static void delete(Window owner, TopicDetailViewModel model) {
        var name = model.topicProperty().get().orElseThrow();
        var typed = new TextField();
        typed.setId("delete-confirm-name");
        typed.setPromptText(name);
        var text = new Label("This deletes the topic and all its messages. It cannot be undone. Type the topic's "
                + "name to confirm:");
        text.setWrapText(true);
        var form = new VBox(8, text, typed);
        ActionDialog.show(owner, "delete-topic-dialog", "Delete topic", "Delete " + name + "?", form, "Delete",
                typed.textProperty().isEqualTo(name), true, (done, failed) -> model.delete(done, failed));
    }

    static void addPartitions(Window owner, TopicDetailViewModel model) {
        var current = model.detailProperty().get().orElseThrow().partitions().size();
        var total = new TextField(Integer.toString(current + 1));
        total.setId("add-partitions-total");
        var problem = Bindings.createStringBinding(() -> totalProblem(total.getText(), current), total.textProperty());
        var note = new Label();
        note.setId("add-partitions-note");
        note.textProperty().bind(Bindings.when(problem.isEmpty())
                .then("Keys may land on other partitions afterwards: ordering per key holds only for new messages.")
                .otherwise(problem));
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        var form = new VBox(8, new Label("New total number of partitions (now " + current + "):"), total, note);
        ActionDialog.show(owner, "add-partitions-dialog", "Add partitions",
                "Add partitions to " + model.topicProperty().get().orElseThrow(), form, "Add partitions",
                problem.isEmpty(), false,
                (done, failed) -> model.addPartitions(Integer.parseInt(total.getText().strip()), done, failed));
    }

    static void editConfig(Window owner, TopicDetailViewModel model, TopicConfigValue config) {
        var value = new TextField(config.value().orElse(""));
        value.setId("edit-config-value");
        var note = new Label("Source now: " + config.source().label()
                + ". Leave empty to go back to the default.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        var form = new VBox(8, new Label(config.name()), value, note);
        ActionDialog.show(owner, "edit-config-dialog", "Change configuration", "Change " + config.name(), form, "Save",
                Bindings.createBooleanBinding(() -> true), false,
                (done, failed) -> model.alterConfig(config.name(), value.getText().strip(), done, failed));
    }

    static String totalProblem(String text, int current) {
        try {
            var total = Integer.parseInt(text.strip());
            return total > current ? "" : "Kafka can only add partitions: enter more than " + current + ".";
        } catch (NumberFormatException e) {
            return "Enter a whole number.";
        }
    }
}
