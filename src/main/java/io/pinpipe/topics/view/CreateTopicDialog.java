package io.pinpipe.topics.view;

import io.pinpipe.ui.Banner;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "Create topic" dialog: a form checked as you type; broker refusals shown in it, nothing lost. */
final class CreateTopicDialog {

    private final CreateTopicViewModel model;
    private final GridPane form = new GridPane();
    private int row;

    CreateTopicDialog(CreateTopicViewModel model) {
        this.model = model;
    }

    void show(Window owner) {
        form.setHgap(12);
        form.setVgap(4);
        field("Name", "create-name", model.nameProperty(), "e.g. 0a1b2c3d4e5f.pin", model.nameNoteProperty(), true);
        field("Partitions", "create-partitions", model.partitionsProperty(), CreateTopicViewModel.DEFAULT,
                model.partitionsProblemProperty(), false);
        field("Replication factor", "create-replication", model.replicationFactorProperty(),
                CreateTopicViewModel.DEFAULT, model.replicationProblemProperty(), false);
        field("Retention (ms)", "create-retention", model.retentionMsProperty(), CreateTopicViewModel.DEFAULT,
                Bindings.when(model.retentionProblemProperty().isEmpty()).then(model.retentionHintProperty())
                        .otherwise(model.retentionProblemProperty()), false);
        choice("Cleanup policy", "create-cleanup", model.cleanupPolicyProperty(), "delete", "compact", "compact,delete");
        field("Min in-sync replicas", "create-min-isr", model.minInsyncReplicasProperty(), CreateTopicViewModel.DEFAULT,
                model.minIsrProblemProperty(), false);
        choice("Compression", "create-compression", model.compressionProperty(),
                "producer", "none", "gzip", "snappy", "lz4", "zstd");

        var brokers = new Label();
        brokers.getStyleClass().add(Styles.TEXT_MUTED);
        brokers.textProperty().bind(Bindings.createStringBinding(() -> model.clusterProperty().get()
                .map(c -> "The cluster has " + c.brokerCount() + (c.brokerCount() == 1 ? " broker" : " brokers") + ".")
                .orElse("Reading the cluster's defaults…"), model.clusterProperty()));

        var validate = new Button("Validate only", new FontIcon(Feather.CHECK_CIRCLE));
        validate.setId("create-validate");
        validate.disableProperty().bind(model.readyProperty().not());
        validate.setOnAction(event -> model.validateOnly());

        var outcome = message("create-outcome", Banner.Kind.SUCCESS, "Looks good", model.outcomeProperty(), Feather.CHECK);
        var refusal = message("create-refusal", Banner.Kind.DANGER, "The broker said no", model.refusalProperty(),
                Feather.ALERT_TRIANGLE);

        var content = new VBox(form, brokers, validate, outcome, refusal);
        content.setSpacing(12);
        content.setPrefWidth(560);

        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.setTitle("Create topic");
        dialog.setHeaderText("Create a topic");
        dialog.getDialogPane().setId("create-topic-dialog");
        dialog.getDialogPane().setContent(content);
        var createType = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(createType, ButtonType.CANCEL);
        var create = dialog.getDialogPane().lookupButton(createType);
        create.setId("create-submit");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(model.readyProperty().not());
        create.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.create(() -> {
                dialog.setResult(null);
                dialog.close();
            });
        });
        // Grows with a verdict or a refusal, never past the screen, the buttons always in reach.
        io.pinpipe.ui.DialogFit.form(owner, dialog);
        model.loadCluster();
        dialog.show();
    }

    private void field(String label, String id, StringProperty value, String prompt, StringBinding note,
                       boolean isName) {
        var input = new TextField();
        input.setId(id);
        input.setPromptText(prompt);
        input.textProperty().bindBidirectional(value);
        var hint = new Label();
        hint.setId(id + "-note");
        hint.textProperty().bind(note);
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        var style = Bindings.createStringBinding(() -> {
            if (isName) {
                return model.nameAllowedProperty().get() || value.get().isEmpty() ? Styles.WARNING : Styles.DANGER;
            }
            return problemOf(id).get().isEmpty() ? Styles.TEXT_MUTED : Styles.DANGER;
        }, note, model.nameAllowedProperty());
        style.addListener((obs, old, now) -> {
            hint.getStyleClass().removeAll(Styles.WARNING, Styles.DANGER, Styles.TEXT_MUTED);
            hint.getStyleClass().add(now);
            input.pseudoClassStateChanged(Styles.STATE_DANGER, Styles.DANGER.equals(now));
        });
        hint.getStyleClass().add(style.get());
        addRow(label, new VBox(2, input, hint));
    }

    /** The sentence that makes a field wrong (the retention hint alone is not a problem). */
    private StringBinding problemOf(String id) {
        return switch (id) {
            case "create-partitions" -> model.partitionsProblemProperty();
            case "create-replication" -> model.replicationProblemProperty();
            case "create-retention" -> model.retentionProblemProperty();
            case "create-min-isr" -> model.minIsrProblemProperty();
            default -> Bindings.createStringBinding(() -> "");
        };
    }

    private void choice(String label, String id, StringProperty value, String... options) {
        var box = new ComboBox<String>();
        box.setId(id);
        box.getItems().add(CreateTopicViewModel.DEFAULT);
        box.getItems().addAll(options);
        box.valueProperty().bindBidirectional(value);
        addRow(label, box);
    }

    private void addRow(String label, Node input) {
        var name = new Label(label);
        name.getStyleClass().add("field-label");
        name.setMinWidth(140);
        form.add(name, 0, row);
        form.add(input, 1, row);
        GridPane.setValignment(name, javafx.geometry.VPos.TOP);
        name.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        row++;
    }

    private static Node message(String id, Banner.Kind kind, String title, javafx.beans.value.ObservableStringValue text,
                                Feather icon) {
        var message = new Banner(id, kind, icon, title);
        message.descriptionProperty().bind(text);
        return message;
    }
}
