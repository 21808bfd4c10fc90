package io.pinpipe.clusters.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.ui.CopyButton;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The least-privilege policy beside the original pipeline's, updated as the prefixes are typed; copy or save. */
final class IamPolicyDialog {

    private IamPolicyDialog() {
    }

    static void show(Window owner, ClusterActions actions, String clusterName) {
        var topicPrefix = new TextField();
        topicPrefix.setId("policy-topic-prefix");
        topicPrefix.setPromptText("e.g. 0a1b2c3d4e5f.");
        var groupPrefix = new TextField();
        groupPrefix.setId("policy-group-prefix");
        groupPrefix.setPromptText("default: the topic prefix");
        var policies = Bindings.createObjectBinding(() -> actions.policies(topicPrefix.getText(), groupPrefix.getText()),
                topicPrefix.textProperty(), groupPrefix.textProperty());
        var leastText = new SimpleStringProperty();
        leastText.bind(Bindings.createStringBinding(() -> policies.get().problem().isEmpty() ? policies.get().leastPrivilege()
                : policies.get().problem(), policies));
        var least = area("policy-least-privilege", leastText);
        var replacedText = new SimpleStringProperty();
        replacedText.bind(Bindings.createStringBinding(() -> policies.get().replaced(), policies));
        var replaced = area("policy-replaced", replacedText);

        var copy = new CopyButton(Bindings.createStringBinding(() -> policies.get().leastPrivilege(), policies), "the policy");
        var save = new Button("Save…", new FontIcon(Feather.SAVE));
        save.getStyleClass().add(Styles.SMALL);
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> policies.get().leastPrivilege().isEmpty(), policies));
        save.setOnAction(event -> {
            var chooser = new FileChooser();
            chooser.setTitle("Save the IAM policy");
            chooser.setInitialFileName(clusterName + "-client-policy.json");
            var file = chooser.showSaveDialog(save.getScene().getWindow());
            if (file != null) {
                actions.savePolicy(policies.get().leastPrivilege(), file.toPath(), () -> { }, actions.errorProperty()::set);
            }
        });

        var prefixes = new GridPane();
        prefixes.setHgap(12);
        prefixes.setVgap(8);
        prefixes.addRow(0, new Label("Topic prefix"), topicPrefix);
        prefixes.addRow(1, new Label("Consumer group prefix"), groupPrefix);
        GridPane.setHgrow(topicPrefix, Priority.ALWAYS);

        var leftTitle = new Label("Replaces: the original pipeline's policy");
        leftTitle.getStyleClass().add(Styles.DANGER);
        var rightTitle = new Label("Least privilege");
        rightTitle.getStyleClass().add(Styles.SUCCESS);
        var rightHeader = new HBox(6, rightTitle, copy, save);
        rightHeader.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        var left = new VBox(6, leftTitle, replaced);
        var right = new VBox(6, rightHeader, least);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox.setVgrow(replaced, Priority.ALWAYS);
        VBox.setVgrow(least, Priority.ALWAYS);
        var sides = new HBox(16, left, right);
        VBox.setVgrow(sides, Priority.ALWAYS);
        var content = new VBox(14, prefixes, sides);
        // No padding of its own: the theme's dialog content padding lines it up with the header, as in ActionDialog.
        content.setPrefSize(1040, 600);

        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.setTitle("IAM policy");
        dialog.setHeaderText("IAM policy for a client of " + clusterName + ": this cluster, and only the topics and groups under a prefix");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("iam-policy-dialog");
        dialog.getDialogPane().setPrefSize(1080, 720);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        // Two policies side by side need the room: as much of it as the screen has.
        io.pinpipe.ui.DialogFit.stretching(owner, dialog);
        dialog.show();
    }

    private static TextArea area(String id, SimpleStringProperty text) {
        var area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.getStyleClass().add("mono");
        area.textProperty().bind(text);
        area.setPrefWidth(480);
        return area;
    }
}
