package io.pinpipe.messages.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.ui.Banner;
import io.pinpipe.ui.DialogFit;
import io.pinpipe.ui.WorkRow;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Export messages to a file: the selected ones or all matches of the current search, as JSON lines (produce-able
 * back) or CSV by the file's name; progress and Cancel while it runs, the outcome when done.
 */
public final class ExportDialog {

    private ExportDialog() {
    }

    /** Opens the dialog over {@code owner} and returns at once; the estimate of "all matches" is asked for at once. */
    public static Dialog<Void> show(Window owner, ExportViewModel model) {
        var failure = new Banner("export-failure", Banner.Kind.DANGER, Feather.SLASH, "Not exported");
        failure.descriptionProperty().bind(model.failureProperty());
        var outcome = new Banner("export-outcome", Banner.Kind.SUCCESS, Feather.CHECK_CIRCLE, "Done");
        outcome.descriptionProperty().bind(model.outcomeProperty());
        var content = new VBox(14, section("Messages"), scope(model), section("File"), file(model), progress(model),
                failure, outcome);
        content.setPrefWidth(600);

        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.setTitle("Export messages");
        dialog.setHeaderText("Export messages of topic " + model.topic());
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setId("export-dialog");
        pane.setContent(content);
        var exportType = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(exportType, ButtonType.CLOSE);
        var export = (Button) pane.lookupButton(exportType);
        export.setId("export-run");
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(model.canExportProperty().not());
        export.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // stays open: progress and the outcome show in it
            model.export();
        });
        pane.lookupButton(ButtonType.CLOSE).setId("export-close");
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_HIDDEN, event -> model.close());
        DialogFit.form(owner, dialog);
        dialog.show();
        model.estimate();
        return dialog;
    }

    private static VBox scope(ExportViewModel model) {
        var group = new ToggleGroup();
        var selected = new RadioButton(model.selectedCount() == 0 ? "Selected messages (none is selected)"
                : model.selectedCount() == 1 ? "The selected message"
                : "The " + Counts.of(model.selectedCount(), "selected message"));
        selected.setId("export-selected");
        selected.setToggleGroup(group);
        selected.setDisable(model.selectedCount() == 0);
        selected.setUserData(ExportViewModel.Scope.SELECTED);
        var all = new RadioButton("All matches of the current search");
        all.setId("export-all");
        all.setToggleGroup(group);
        all.setDisable(!model.hasSearch());
        all.setUserData(ExportViewModel.Scope.ALL_MATCHES);
        group.selectToggle(model.scopeProperty().get() == ExportViewModel.Scope.ALL_MATCHES ? all : selected);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.scopeProperty().set((ExportViewModel.Scope) now.getUserData());
            }
        });
        var estimate = new Label();
        estimate.setId("export-estimate");
        estimate.setWrapText(true);
        estimate.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        estimate.textProperty().bind(Bindings.createStringBinding(() -> "Reads the topic again from the search's start to "
                + "its end, with no scan limit (" + model.estimateProperty().get() + ")", model.estimateProperty()));
        estimate.setPadding(new javafx.geometry.Insets(0, 0, 0, 28));
        estimate.setMinHeight(Region.USE_PREF_SIZE);
        estimate.setMaxWidth(Double.MAX_VALUE);
        estimate.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(model::hasSearch));
        estimate.managedProperty().bind(estimate.visibleProperty());
        var box = new VBox(8, selected, all, estimate);
        box.disableProperty().bind(model.runningProperty());
        return box;
    }

    private static VBox file(ExportViewModel model) {
        var path = new TextField();
        path.setId("export-file");
        path.setEditable(false);
        path.setPromptText("Choose where to save…");
        path.textProperty().bind(Bindings.createStringBinding(
                () -> model.fileProperty().get().map(Path::toString).orElse(""), model.fileProperty()));
        HBox.setHgrow(path, Priority.ALWAYS);
        var choose = new Button("Choose…", new FontIcon(Feather.FOLDER));
        choose.setId("export-choose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(event -> {
            var chooser = new FileChooser();
            chooser.setTitle("Export to");
            chooser.setInitialFileName(model.topic() + ".jsonl");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSON lines (can be produced back)", "*.jsonl"),
                    new FileChooser.ExtensionFilter("CSV (for spreadsheets)", "*.csv"));
            var chosen = chooser.showSaveDialog(choose.getScene().getWindow());
            if (chosen != null) {
                model.fileProperty().set(Optional.of(chosen.toPath()));
            }
        });
        var row = new HBox(8, path, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        var format = new Label();
        format.setId("export-format");
        format.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        format.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get()
                .map(chosen -> "Written as " + model.formatOf(chosen) + "; the file appears when the export is complete.")
                .orElse("A name ending in .csv writes CSV; any other, JSON lines that 'Produce file…' reads back."),
                model.fileProperty()));
        var box = new VBox(6, row, format);
        box.disableProperty().bind(model.runningProperty());
        return box;
    }

    private static HBox progress(ExportViewModel model) {
        var work = WorkRow.of("export", "Cancel", 160, model.progressProperty(), model.runningProperty(),
                model.statusProperty(), model::cancel);
        var row = new HBox(10, work.bar(), work.status(), work.stop());
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(model.runningProperty().or(model.statusProperty().isNotEmpty()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private static Label section(String text) {
        var label = new Label(text);
        label.getStyleClass().add("form-section");
        return label;
    }
}
