package io.pinpipe.doctor.view;

import io.pinpipe.ui.Badge;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The connection doctor's dialog: the steps filling in live, the verdict, Copy report, Run again and Cancel. */
public final class DoctorDialog {

    private static final String CSS = DoctorDialog.class.getResource("doctor.css").toExternalForm();

    private DoctorDialog() {
    }

    /** Opens the dialog and starts the run; closing it cancels a run still going. */
    public static Dialog<Void> show(Window owner, DoctorViewModel model) {
        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.setTitle("Connection doctor");
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setId("doctor-dialog");
        pane.getStylesheets().add(CSS);
        pane.setMinWidth(720);
        pane.setHeader(header(model));
        pane.setContent(content(model));

        var copyType = new ButtonType("Copy report", ButtonBar.ButtonData.LEFT);
        var againType = new ButtonType("Run again", ButtonBar.ButtonData.OTHER);
        var cancelType = new ButtonType("Cancel", ButtonBar.ButtonData.OTHER);
        pane.getButtonTypes().addAll(copyType, againType, cancelType, ButtonType.CLOSE);
        var copy = button(pane.lookupButton(copyType), "doctor-copy", () -> {
            var content = new ClipboardContent();
            content.putString(model.reportProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        copy.setGraphic(new FontIcon(Feather.COPY));
        copy.disableProperty().bind(model.reportProperty().isEmpty());
        var again = button(pane.lookupButton(againType), "doctor-again", model::start);
        again.setGraphic(new FontIcon(Feather.REFRESH_CW));
        again.disableProperty().bind(model.runningProperty());
        var cancel = button(pane.lookupButton(cancelType), "doctor-cancel", model::cancel);
        cancel.disableProperty().bind(model.runningProperty().not());
        pane.lookupButton(ButtonType.CLOSE).setId("doctor-close");

        dialog.setOnHidden(event -> model.cancel());
        io.pinpipe.ui.DialogFit.stretching(owner, dialog);
        dialog.show();
        model.start();
        return dialog;
    }

    private static HBox header(DoctorViewModel model) {
        var title = new Label(model.title());
        title.getStyleClass().add("doctor-title");
        title.setGraphic(new FontIcon(Feather.ACTIVITY));
        title.setGraphicTextGap(10);
        var subtitle = new Label(model.subtitle());
        subtitle.getStyleClass().add("doctor-subtitle");
        var text = new VBox(2, title, subtitle);
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var verdict = new Badge();
        verdict.setId("doctor-verdict");
        verdict.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        model.verdictProperty().addListener((obs, old, now) -> verdict.show(now, model.toneProperty().get()));
        model.toneProperty().addListener((obs, old, now) -> verdict.show(model.verdictProperty().get(), now));
        var header = new HBox(text, spacer, verdict);
        header.getStyleClass().add("doctor-header");
        return header;
    }

    private static VBox content(DoctorViewModel model) {
        var cards = new VBox();
        cards.getStyleClass().add("doctor-steps");
        var scroll = new ScrollPane(cards);
        model.steps().addListener((ListChangeListener<StepRow>) change -> cards.getChildren().setAll(
                model.steps().stream().map(row -> scrolledToWhenFailed(new StepCard(row), row, scroll)).toList()));
        scroll.getStyleClass().add("doctor-scroll");
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(480);
        var footnote = new Label("Each step has a timeout; a step whose earlier step failed is skipped. "
                + "Copy report gives the whole run as text, without passwords.");
        footnote.getStyleClass().add("doctor-footnote");
        footnote.setWrapText(true);
        var box = new VBox(10, scroll, footnote);
        box.setPrefWidth(700);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return box;
    }

    /** The red step is the one to read: bring it into view when it fails below the fold. */
    private static StepCard scrolledToWhenFailed(StepCard card, StepRow row, ScrollPane scroll) {
        row.stateProperty().addListener((obs, old, state) -> {
            if (state == StepRow.State.FAILED) {
                javafx.application.Platform.runLater(() -> {
                    scroll.applyCss();
                    scroll.layout();
                    var hidden = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    if (hidden > 0) {
                        var bottom = card.getBoundsInParent().getMaxY() - scroll.getViewportBounds().getHeight();
                        scroll.setVvalue(Math.max(0, Math.min(1, bottom / hidden)));
                    }
                });
            }
        });
        return card;
    }

    /** A dialog button that acts without closing the dialog. */
    private static Button button(javafx.scene.Node node, String id, Runnable action) {
        var button = (Button) node;
        button.setId(id);
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            action.run();
        });
        return button;
    }
}
