package io.pinpipe.consumers.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.ui.FieldNote;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Duration;
import java.time.ZoneId;

/** The reset dialog's "Reset to": the choice, and under it the fields of that choice only. */
final class ResetTargetForm extends VBox {

    private final ResetForm model;
    private final ResetOffsetsViewModel dialog;

    ResetTargetForm(ResetOffsetsViewModel dialog, ZoneId zone) {
        super(6);
        this.model = dialog.form();
        this.dialog = dialog;
        var choice = new ComboBox<ResetTargetKind>();
        choice.setId("reset-target");
        choice.getItems().setAll(ResetTargetKind.values());
        choice.valueProperty().bindBidirectional(model.kindProperty());
        choice.setMinWidth(Region.USE_PREF_SIZE);

        var editors = new StackPane();
        editors.setAlignment(Pos.TOP_LEFT);
        for (var kind : ResetTargetKind.values()) {
            var editor = editor(kind, zone);
            var shown = model.kindProperty().isEqualTo(kind);
            editor.visibleProperty().bind(shown);
            editor.managedProperty().bind(shown);
            editors.getChildren().add(editor);
        }
        getChildren().addAll(choice, editors);
    }

    private Node editor(ResetTargetKind kind, ZoneId zone) {
        return switch (kind) {
            case EARLIEST -> hint("The oldest message still in each partition: the group reads everything there again.");
            case LATEST -> hint("After the newest message: the group skips everything written so far.");
            case OFFSET -> field("reset-offset", "e.g. 1200", model.offsetProperty(),
                    "The same offset on every partition; outside a partition's range it is moved to its edge.",
                    model.offsetProblemProperty());
            case DATETIME -> dateTime(zone);
            case DURATION -> field("reset-duration", "e.g. 1h 30m", model.durationProperty(),
                    "How long ago: the first message written since then. " + ResetInputChecks.DURATION_FORMS,
                    model.durationProblemProperty());
            case SHIFT -> field("reset-shift", "e.g. -100", model.shiftProperty(),
                    "Messages to move from the committed offset: negative replays, positive skips.",
                    model.shiftProblemProperty());
            case GROUP -> field("reset-from-group", "group id", model.otherGroupProperty(),
                    "Copies that group's committed offsets on the chosen partitions.", model.otherGroupProblemProperty());
            case FILE -> file();
        };
    }

    private VBox field(String id, String prompt, javafx.beans.property.StringProperty value, String hint,
                       javafx.beans.value.ObservableStringValue problem) {
        var input = new TextField();
        input.setId(id);
        input.setPromptText(prompt);
        input.setPrefColumnCount(18);
        input.setMaxWidth(260);
        input.textProperty().bindBidirectional(value);
        return new VBox(2, input, FieldNote.under(input, hint, problem));
    }

    private VBox dateTime(ZoneId zone) {
        var day = new TextField();
        day.setId("reset-date");
        day.setPromptText("2026-12-07");
        day.setPrefColumnCount(9);
        day.textProperty().bindBidirectional(model.dateProperty());
        var at = new TextField();
        at.setId("reset-time");
        at.setPromptText("14:30");
        at.setPrefColumnCount(5);
        at.textProperty().bindBidirectional(model.timeProperty());
        var fields = new HBox(8, label("Date"), day, label("Time"), at);
        fields.setAlignment(Pos.CENTER_LEFT);
        var picks = new FlowPane(6, 6);
        picks.setId("reset-quick-picks");
        picks.getChildren().addAll(pick("15 minutes ago", Duration.ofMinutes(15)), pick("1 hour ago", Duration.ofHours(1)),
                pick("6 hours ago", Duration.ofHours(6)), pick("1 day ago", Duration.ofDays(1)),
                pick("7 days ago", Duration.ofDays(7)));
        var today = new Button("Start of today");
        today.getStyleClass().add(Styles.SMALL);
        today.setOnAction(event -> model.pickStartOfToday());
        picks.getChildren().add(today);
        var note = FieldNote.under(day, "Your computer's time zone (" + zone.getId()
                + "); empty time means midnight. The first message written at or after it.", model.dateTimeProblemProperty());
        return new VBox(6, fields, note, picks);
    }

    private Button pick(String text, Duration ago) {
        var button = new Button(text);
        button.getStyleClass().add(Styles.SMALL);
        button.setOnAction(event -> model.pickAgo(ago));
        return button;
    }

    private VBox file() {
        var choose = new Button("Import CSV…", new FontIcon(Feather.UPLOAD));
        choose.setId("reset-import");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(event -> {
            var chooser = new FileChooser();
            chooser.setTitle("Import a reset plan");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            var file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                dialog.importCsv(file.toPath());
            }
        });
        var chosen = new Label();
        chosen.setId("reset-import-file");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> model.importedProperty().get()
                .map(f -> f.name() + ": " + f.lines().size() + (f.lines().size() == 1 ? " offset" : " offsets"))
                .orElse("No file imported"), model.importedProperty()));
        var row = new HBox(10, choose, chosen);
        row.setAlignment(Pos.CENTER_LEFT);
        var problem = new Label();
        problem.setId("reset-import-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.textProperty().bind(model.importProblemProperty());
        var hint = hint("The topic,partition,offset lines that kafka-consumer-groups.sh --export writes. "
                + "The file says which partitions: the topic choices above do not apply.");
        return new VBox(4, row, problem, hint);
    }

    private static Label label(String text) {
        var label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label hint(String text) {
        var hint = new Label(text);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return hint;
    }
}
