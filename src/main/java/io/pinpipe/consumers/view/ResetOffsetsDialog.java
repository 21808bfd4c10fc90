package io.pinpipe.consumers.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.consumers.GroupAdmin;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import io.pinpipe.ui.Banner;
import io.pinpipe.ui.DialogFit;
import io.pinpipe.ui.FieldNote;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Reset a group's offsets: choose topics/partitions and a target, see the preview (partition, current, new,
 * skipped/replayed, the equivalent {@code kafka-consumer-groups.sh} command line), then Execute. Refuses an active
 * group with its members named.
 */
public final class ResetOffsetsDialog {

    private ResetOffsetsDialog() {
    }

    /**
     * Opens the dialog over {@code owner} on the window's own {@link Async}, so its jobs show in the status bar, and
     * returns at once (the caller's thread is not blocked). Prefer this one.
     *
     * @param admins      gives the group service; called off the FX thread only (it may open the client)
     * @param groupTopics the topics the group has committed offsets on, offered as choices
     * @param onExecuted  run on the FX thread after a reset was executed (the caller refreshes), also when the dialog
     *                    was closed meanwhile
     * @return the dialog shown
     */
    public static Dialog<Void> open(Window owner, Async async, Supplier<GroupAdmin> admins, String groupId,
                                    List<String> groupTopics, Runnable onExecuted) {
        var model = new ResetOffsetsViewModel(admins, async, groupId, groupTopics, Clock.systemDefaultZone(), onExecuted);
        return show(owner, model);
    }

    /**
     * The same for a caller without the window's {@link Async}: the work runs on {@link SharedPool}, one daemon pool
     * for every dialog opened this way, and does not show in the status bar. Prefer
     * {@link #open(Window, Async, Supplier, String, List, Runnable)}.
     */
    public static void open(Window owner, Supplier<GroupAdmin> admins, String groupId, List<String> groupTopics,
                            Runnable onExecuted) {
        open(owner, SharedPool.ASYNC, admins, groupId, groupTopics, onExecuted);
    }

    /** The one background pool of the dialogs opened without an {@link Async}; its threads are daemons, never shut down. */
    private static final class SharedPool {

        private static final AtomicInteger THREADS = new AtomicInteger();
        private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
            var thread = new Thread(task, "pinpipe-reset-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        static final Async ASYNC = new Async(POOL, Platform::runLater, new BackgroundWork());

        private SharedPool() {
        }
    }

    static Dialog<Void> show(Window owner, ResetOffsetsViewModel model) {
        var form = new VBox(4,
                section("Topics"), topics(model),
                section("Reset to"), new ResetTargetForm(model, java.time.ZoneId.systemDefault()));
        form.disableProperty().bind(model.runningProperty());

        var refusal = new Banner("reset-refusal", Banner.Kind.DANGER, Feather.SLASH, "");
        refusal.titleProperty().bind(model.refusalTitleProperty());
        refusal.descriptionProperty().bind(model.refusalProperty());
        var outcome = new Banner("reset-outcome", Banner.Kind.SUCCESS, Feather.CHECK_CIRCLE, "Done");
        outcome.descriptionProperty().bind(model.outcomeProperty());

        var content = new VBox(10, form, previewBar(model), refusal, outcome, new ResetPreviewPane(model));
        content.setPrefWidth(720);

        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.setTitle("Reset offsets");
        dialog.setHeaderText("Reset the offsets of group " + model.form().group());
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setId("reset-offsets-dialog");
        pane.setContent(content);
        var executeType = new ButtonType("Execute", ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(executeType, ButtonType.CLOSE);
        var execute = (Button) pane.lookupButton(executeType);
        execute.setId("reset-execute");
        execute.getStyleClass().add(Styles.DANGER);
        execute.setDefaultButton(false);
        execute.disableProperty().bind(model.canExecuteProperty().not());
        execute.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // stays open: the outcome shows in it
            model.execute();
        });
        // Offsets may already be on their way: the dialog stays until the execution says how it ended.
        var close = (Button) pane.lookupButton(ButtonType.CLOSE);
        close.setId("reset-close");
        close.disableProperty().bind(model.executingProperty());
        dialog.setOnCloseRequest(event -> {
            if (model.executingProperty().get()) {
                event.consume();
            }
        });
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_HIDDEN, event -> model.close());
        DialogFit.form(owner, dialog);
        dialog.show();
        // The title bar's close closes the window itself unless stopped before the dialog's own handler.
        pane.getScene().getWindow().addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            if (model.executingProperty().get()) {
                event.consume();
            }
        });
        return dialog;
    }

    private static HBox previewBar(ResetOffsetsViewModel model) {
        var preview = new Button("Preview", new FontIcon(Feather.EYE));
        preview.setId("reset-preview");
        preview.getStyleClass().add(Styles.ACCENT);
        preview.setDefaultButton(true);
        preview.setMinWidth(Region.USE_PREF_SIZE);
        preview.disableProperty().bind(model.canPreviewProperty().not());
        preview.setOnAction(event -> model.preview());
        var spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(18, 18);
        spinner.setMaxSize(18, 18);
        spinner.visibleProperty().bind(model.runningProperty());
        spinner.managedProperty().bind(model.runningProperty());
        var status = new Label();
        status.setId("reset-status");
        status.setWrapText(true);
        status.setMinWidth(0);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        var cancel = new Button("Cancel");
        cancel.setId("reset-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.visibleProperty().bind(model.previewingProperty());
        cancel.managedProperty().bind(model.previewingProperty());
        cancel.setOnAction(event -> model.cancel());
        var bar = new HBox(10, preview, spinner, status, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Region topics(ResetOffsetsViewModel model) {
        var grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        var row = 0;
        for (var choice : model.form().topics()) {
            var box = new CheckBox(choice.topic());
            box.setId("reset-topic-" + row);
            box.selectedProperty().bindBidirectional(choice.selectedProperty());
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.setMaxWidth(320);
            var partitions = new TextField();
            partitions.setId("reset-partitions-" + row);
            partitions.setPromptText("all partitions, or e.g. 0,2");
            partitions.setPrefColumnCount(14);
            partitions.textProperty().bindBidirectional(choice.partitionsProperty());
            partitions.disableProperty().bind(choice.selectedProperty().not());
            var note = FieldNote.under(partitions, "", choice.problemProperty());
            note.visibleProperty().bind(note.textProperty().isNotEmpty());
            note.managedProperty().bind(note.visibleProperty());
            grid.add(box, 0, row);
            grid.add(new VBox(2, partitions, note), 1, row);
            row++;
        }
        if (model.form().topics().isEmpty()) {
            var none = new Label("The group has no committed offsets: import a CSV file to say which partitions.");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            return none;
        }
        var fileApplies = model.form().kindProperty().isEqualTo(ResetTargetKind.FILE);
        grid.disableProperty().bind(fileApplies);
        if (model.form().topics().size() <= 4) {
            return grid;
        }
        // Many topics scroll in a box of their own, so the target and the preview stay in view.
        var scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(150);
        return scroll;
    }

    private static Label section(String text) {
        var label = new Label(text);
        label.getStyleClass().add("form-section");
        return label;
    }
}
