package io.pinpipe.consumers.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.ui.Banner;
import io.pinpipe.ui.CopyButton;
import io.pinpipe.ui.TableCopy;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Function;

/** The reset preview: partition by partition, its warnings, the equivalent command line, and the CSV export. */
final class ResetPreviewPane extends VBox {

    ResetPreviewPane(ResetOffsetsViewModel model) {
        super(8);
        var table = new TableView<>(model.rows());
        table.setId("reset-preview-table");
        TableCopy.install(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Topic", ResetPreviewRow::topic, 170));
        table.getColumns().add(column("Partition", row -> Integer.toString(row.partition()), 80));
        table.getColumns().add(column("Current offset", ResetPreviewRow::current, 120));
        table.getColumns().add(column("New offset", ResetPreviewRow::target, 130));
        table.getColumns().add(column("Change", ResetPreviewRow::change, 120));
        table.setPlaceholder(new Label("Preview to see each partition's current and new offset."));
        table.setPrefHeight(165);
        // Never squeezed to a row or two: when a warning comes the dialog grows (or scrolls) instead.
        table.setMinHeight(Region.USE_PREF_SIZE);

        var warnings = new Banner("reset-warnings", Banner.Kind.WARNING, Feather.ALERT_TRIANGLE, "Check before you execute");
        warnings.descriptionProperty().bind(model.warningsProperty());

        // Wrapped on a few lines, so the whole command shows without scrolling sideways.
        var command = new TextArea();
        command.setId("reset-command-line");
        command.setEditable(false);
        command.setWrapText(true);
        command.setPrefRowCount(2);
        command.setMinHeight(Region.USE_PREF_SIZE);
        command.getStyleClass().add("mono");
        command.textProperty().bind(model.commandLineProperty());
        command.setPromptText("Shows with the preview");
        HBox.setHgrow(command, Priority.ALWAYS);
        var copy = new CopyButton(model.commandLineProperty(), "the command line");
        copy.setId("reset-copy-command");
        var export = new Button("Export CSV…", new FontIcon(Feather.DOWNLOAD));
        export.setId("reset-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.planProperty().get().isEmpty(), model.planProperty()));
        export.setOnAction(event -> {
            var chooser = new FileChooser();
            chooser.setTitle("Export the reset plan");
            // The name the command line's --from-file expects (copy from a group, a file): saved here, it just runs.
            chooser.setInitialFileName("reset-plan.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
            var file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.exportCsv(file.toPath());
            }
        });
        var commandRow = new HBox(6, command, copy, export);
        commandRow.setAlignment(Pos.TOP_LEFT);
        var commandLabel = new Label();
        commandLabel.setId("reset-command-note");
        commandLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.commandLineProperty().get().contains("--from-file")
                        ? "Equivalent command, a dry run: it reads the plan that Export CSV… saves as reset-plan.csv"
                        : "Equivalent command, a dry run: with --execute instead of --dry-run, Kafka's own tool applies it",
                model.commandLineProperty()));
        commandLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        commandLabel.setWrapText(true);
        commandLabel.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(table, warnings, commandLabel, commandRow);
    }

    private static TableColumn<ResetPreviewRow, String> column(String title, Function<ResetPreviewRow, String> value,
                                                               double width) {
        var column = new TableColumn<ResetPreviewRow, String>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 80));
        return column;
    }
}
