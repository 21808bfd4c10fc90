package io.pinpipe.messages.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.messages.OutgoingMessages.ValueFormat;
import io.pinpipe.ui.Banner;
import io.pinpipe.ui.DialogFit;
import io.pinpipe.ui.FieldNote;
import io.pinpipe.ui.WorkRow;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Produce to a topic: key, value (JSON or text, checked as you type), headers, partition or by key, a repeat count;
 * Send, or "Produce file…" for a JSON-lines file. Each message's partition and offset, or the refusal, is listed.
 */
public final class ProduceDialog {

    private ProduceDialog() {
    }

    /** Opens the dialog over {@code owner} and returns at once; its work runs on the model's {@code Async}. */
    public static Dialog<Void> show(Window owner, ProduceViewModel model) {
        var failure = new Banner("produce-failure", Banner.Kind.DANGER, Feather.SLASH, "Not sent");
        failure.descriptionProperty().bind(model.failureProperty());
        var notice = new Banner("produce-notice", Banner.Kind.WARNING, Feather.ALERT_TRIANGLE, "");
        notice.descriptionProperty().bind(model.form().noticeProperty());
        var content = new VBox(14, notice, form(model), actions(owner, model), failure, ProduceResults.list(model));
        content.setPrefWidth(680);

        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.setTitle("Produce");
        dialog.setHeaderText("Produce to topic " + model.topic());
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setId("produce-dialog");
        pane.setContent(content);
        pane.getButtonTypes().add(ButtonType.CLOSE);
        pane.lookupButton(ButtonType.CLOSE).setId("produce-close");
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_HIDDEN, event -> model.close());
        // Enter types a new line in the value: Ctrl+Enter (Cmd+Enter) sends from anywhere in the dialog.
        pane.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                model.send();
            }
        });
        DialogFit.form(owner, dialog);
        dialog.show();
        return dialog;
    }

    private static GridPane form(ProduceViewModel model) {
        var key = new TextField();
        key.setId("produce-key");
        key.setPromptText("No key");
        key.textProperty().bindBidirectional(model.form().keyProperty());

        var value = new TextArea();
        value.setId("produce-value");
        value.getStyleClass().add("mono");
        value.setPromptText("The message value");
        value.setPrefRowCount(7);
        value.setWrapText(true);
        value.textProperty().bindBidirectional(model.form().valueProperty());
        value.disableProperty().bind(model.form().tombstoneProperty());
        var tombstone = new CheckBox("Null value (tombstone)");
        tombstone.setId("produce-tombstone");
        tombstone.selectedProperty().bindBidirectional(model.form().tombstoneProperty());
        var valueNote = FieldNote.under(value, "", model.form().valueProblemProperty());
        valueNote.visibleProperty().bind(valueNote.textProperty().isNotEmpty());
        valueNote.managedProperty().bind(valueNote.visibleProperty());

        var headers = new TextArea();
        headers.setId("produce-headers");
        headers.getStyleClass().add("mono");
        headers.setPromptText("name=value, one a line");
        headers.setPrefRowCount(2);
        headers.textProperty().bindBidirectional(model.form().headersProperty());
        var headersNote = FieldNote.under(headers, "", model.form().headersProblemProperty());
        headersNote.visibleProperty().bind(headersNote.textProperty().isNotEmpty());
        headersNote.managedProperty().bind(headersNote.visibleProperty());

        var partition = new ComboBox<>(model.form().partitionChoices());
        partition.setId("produce-partition");
        partition.valueProperty().bindBidirectional(model.form().partitionProperty());
        partition.setPrefWidth(160);
        var repeat = ProduceRepeatField.spinner(model.form());
        var times = new Label("times");
        times.getStyleClass().add(Styles.TEXT_MUTED);
        var repeatLabel = new Label("Repeat");
        var where = new HBox(10, partition, spacer(12), repeatLabel, repeat, times);
        where.setAlignment(Pos.CENTER_LEFT);
        var repeatNote = FieldNote.under(repeat, "", model.form().repeatProblemProperty());
        repeatNote.visibleProperty().bind(repeatNote.textProperty().isNotEmpty());
        repeatNote.managedProperty().bind(repeatNote.visibleProperty());

        var grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        var labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        var fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, label("Key"), key);
        grid.addRow(1, label("Value"), new HBox(valueFormat(model)));
        grid.add(new VBox(4, value, valueNote, tombstone), 1, 2);
        grid.addRow(3, label("Headers"), new VBox(4, headers, headersNote));
        grid.addRow(4, label("Partition"), new VBox(4, where, repeatNote));
        grid.disableProperty().bind(model.sendingProperty());
        return grid;
    }

    private static HBox valueFormat(ProduceViewModel model) {
        var group = new ToggleGroup();
        var json = new ToggleButton("JSON");
        json.setId("produce-format-json");
        json.getStyleClass().add(Styles.LEFT_PILL);
        json.setUserData(ValueFormat.JSON);
        var text = new ToggleButton("Text");
        text.setId("produce-format-text");
        text.getStyleClass().add(Styles.RIGHT_PILL);
        text.setUserData(ValueFormat.TEXT);
        group.getToggles().addAll(json, text);
        group.selectToggle(model.form().formatProperty().get() == ValueFormat.JSON ? json : text);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one of the two is always chosen
            } else {
                model.form().formatProperty().set((ValueFormat) now.getUserData());
            }
        });
        model.form().formatProperty().addListener((obs, old, now) -> group.selectToggle(now == ValueFormat.JSON ? json : text));
        var hint = new Label("JSON is checked before sending; it is sent as typed");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        var box = new HBox(0, json, text, spacer(12), hint);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static HBox actions(Window owner, ProduceViewModel model) {
        var send = new Button("Send", new FontIcon(Feather.SEND));
        send.setTooltip(new javafx.scene.control.Tooltip("Send (Ctrl+Enter)"));
        send.setId("produce-send");
        send.getStyleClass().add(Styles.ACCENT);
        send.setDefaultButton(true);
        send.setMinWidth(Region.USE_PREF_SIZE);
        send.disableProperty().bind(model.canSendProperty().not());
        send.setOnAction(event -> model.send());
        var file = new Button("Produce file…", new FontIcon(Feather.FILE_TEXT));
        file.setId("produce-file");
        file.setMinWidth(Region.USE_PREF_SIZE);
        file.disableProperty().bind(model.sendingProperty());
        file.setOnAction(event -> {
            var chooser = new FileChooser();
            chooser.setTitle("Produce a JSON-lines file to " + model.topic());
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSON lines", "*.jsonl", "*.json", "*.ndjson"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            var chosen = chooser.showOpenDialog(send.getScene().getWindow());
            if (chosen != null) {
                model.produceFile(chosen.toPath());
            }
        });
        var work = WorkRow.of("produce", "Stop", 120, model.progressProperty(), model.sendingProperty(),
                model.statusProperty(), model::stop);
        var row = new HBox(10, send, file, work.bar(), work.status(), work.stop());
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label label(String text) {
        var label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new javafx.geometry.Insets(7, 0, 0, 0)); // level with the first line of the field beside it
        return label;
    }

    private static Region spacer(double width) {
        var spacer = new Region();
        spacer.setMinWidth(width);
        return spacer;
    }
}
