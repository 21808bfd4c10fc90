package io.pinpipe.clusters.view;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.Optional;

/** Asks which SASL/SCRAM user a cluster's connection signs in as (and, to diagnose it, the password); nothing is kept. */
final class ScramPrompt {

    /** A user, and a password typed for one run of the doctor (empty: the session's or the environment's). */
    record SignIn(String user, Optional<String> password) {
    }

    private ScramPrompt() {
    }

    /** For Connect and client.properties: the password is asked for when the connection is used. */
    static Optional<String> user(Node owner) {
        var dialog = new TextInputDialog();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle("SASL/SCRAM user");
        dialog.setHeaderText("The cluster takes SASL/SCRAM: which user? The password is asked for when the connection is used.");
        io.pinpipe.ui.DialogFit.form(owner.getScene().getWindow(), dialog);
        return dialog.showAndWait().map(String::strip).filter(user -> !user.isEmpty());
    }

    /** For Diagnose: the doctor signs in once, so it needs the password now unless one is known. */
    static Optional<SignIn> userAndPassword(Node owner) {
        var user = new TextField();
        user.setId("scram-user");
        var password = new PasswordField();
        password.setId("scram-password");
        password.setPromptText("empty: the one typed this session, or " + io.pinpipe.connections.SecretSource.SCRAM_PASSWORD_VARIABLE);
        var form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, new Label("User"), user);
        form.addRow(1, new Label("Password"), password);
        GridPane.setHgrow(user, Priority.ALWAYS);
        form.setPrefWidth(480);

        var dialog = new Dialog<SignIn>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle("SASL/SCRAM sign-in");
        dialog.setHeaderText("The doctor signs in to the cluster with SASL/SCRAM. The password is used for this run only.");
        dialog.getDialogPane().setId("scram-prompt");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(user.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new SignIn(user.getText().strip(), Optional.of(password.getText()).filter(typed -> !typed.isEmpty())) : null);
        Platform.runLater(user::requestFocus);
        io.pinpipe.ui.DialogFit.form(owner.getScene().getWindow(), dialog);
        return dialog.showAndWait().filter(signIn -> !signIn.user().isEmpty());
    }
}
