package io.pinpipe.insights.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.ui.Banner;
import io.pinpipe.ui.CopyButton;
import io.pinpipe.ui.DialogFit;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * "Export for Spark": the format, where Spark reads the pipeline from (the Kafka topics with the settings that will
 * be written, or the S3 sink's files under the bucket named), and the file; Export writes it and says where, the
 * dialog staying open so a refused folder loses nothing typed.
 */
public final class SparkExportDialog {

    private SparkExportDialog() {
    }

    /** Opens the dialog over {@code owner} and returns at once. */
    public static Dialog<Void> show(Window owner, SparkExportViewModel model) {
        var failure = new Banner("spark-export-failure", Banner.Kind.DANGER, Feather.SLASH, "Not exported");
        failure.descriptionProperty().bind(model.failureProperty());
        var copy = new CopyButton(model.writtenProperty(), "path");
        copy.setText("Copy path");
        copy.getStyleClass().remove(Styles.BUTTON_ICON);
        copy.setId("spark-export-copy");
        var outcome = new Banner("spark-export-outcome", Banner.Kind.SUCCESS, Feather.CHECK_CIRCLE, "Exported")
                .withActions(copy);
        outcome.descriptionProperty().bind(model.outcomeProperty());
        var form = new SparkExportForm(model);
        var content = new VBox(12, section("Format"), form.format(), section("Read from"), form.source(),
                section("File"), form.file(), failure, outcome);
        content.setPrefWidth(620);

        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.setTitle("Export for Spark");
        dialog.setHeaderText("The cleaning and the eight questions of " + model.prefix() + ", for Spark");
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setId("spark-export-dialog");
        pane.setContent(content);
        var exportType = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(exportType, ButtonType.CLOSE);
        var export = (Button) pane.lookupButton(exportType);
        export.setId("spark-export-run");
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(model.canExportProperty().not());
        export.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // stays open: the outcome, or why not, shows in it
            model.export();
        });
        pane.lookupButton(ButtonType.CLOSE).setId("spark-export-close");
        DialogFit.form(owner, dialog);
        dialog.show();
        return dialog;
    }

    private static Label section(String text) {
        var label = new Label(text);
        label.getStyleClass().add("form-section");
        return label;
    }
}
