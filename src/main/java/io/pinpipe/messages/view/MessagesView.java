package io.pinpipe.messages.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.connections.view.ConnectionCell;
import io.pinpipe.ui.Banner;
import io.pinpipe.ui.PaneHeader;
import io.pinpipe.ui.ToolRow;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Messages pane: where to read, the filter, the scan or tail, the matches and the one selected in full. */
public final class MessagesView extends BorderPane {

    private final MessagesViewModel model;
    private final FilterBar filter;
    private final MessageDetail detail;
    private final javafx.scene.control.TableView<io.pinpipe.messages.Message> table;
    private final Button produce = action("Produce…", "messages-produce", Feather.SEND,
            "Write a message to this topic");
    private final Button export = action("Export…", "messages-export", Feather.DOWNLOAD,
            "Write the matches to a JSON-lines or CSV file");

    public MessagesView(String title, String subtitle, MessagesViewModel model) {
        this.model = model;
        var picker = ConnectionCell.picker("messages-connection", model.connections(), model.connectionProperty());
        var header = new PaneHeader(title, subtitle);
        header.setMinWidth(0);
        var actions = new HBox(8, picker);
        actions.setAlignment(Pos.CENTER_RIGHT);
        var top = new ToolRow(header, actions, 8);
        top.setPadding(new Insets(0, 28, 0, 0));
        filter = new FilterBar(model);
        setTop(new VBox(top, new WhereBar(model), filter, error(), overLimit(), savedProblem(),
                ScanBar.build(model, produce, export)));
        detail = new MessageDetail(model.selectedProperty());
        table = ResultsTable.build(model, this::sendAgain);
        var split = new SplitPane(table, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        // The window's minimum height holds every row above: the table and detail give way, down to a few rows.
        table.setMinHeight(60);
        detail.setMinHeight(130);
        split.setMinHeight(200);
        split.setPadding(new Insets(0, 28, 20, 28));
        setCenter(split);
        produce.disableProperty().bind(model.canProduce().not());
        produce.setOnAction(e -> model.produce(java.util.Optional.empty())
                .ifPresent(form -> ProduceDialog.show(getScene().getWindow(), form)));
        export.disableProperty().bind(model.canProduce().not().or(Bindings.isEmpty(model.rows())));
        export.setOnAction(e -> model.export(java.util.List.copyOf(table.getSelectionModel().getSelectedItems()))
                .ifPresent(form -> ExportDialog.show(getScene().getWindow(), form)));
        var again = new Button("Send again", new FontIcon(Feather.REPEAT));
        again.setId("messages-send-again");
        again.getStyleClass().add(Styles.SMALL);
        again.setMinWidth(Region.USE_PREF_SIZE);
        again.setTooltip(new Tooltip("Produce this message again, its key, value, headers and partition filled in"));
        again.disableProperty().bind(model.selectedProperty().isNull());
        again.setOnAction(e -> sendAgain());
        detail.addAction(again);
    }

    /** Produce with the selected message's key, value, headers and partition filled in. */
    private void sendAgain() {
        var message = model.selectedProperty().get();
        if (message != null) {
            model.produce(java.util.Optional.of(message)).ifPresent(form -> ProduceDialog.show(getScene().getWindow(),
                    form));
        }
    }

    /** Ctrl+F: to the Contains field, its text selected. */
    void focusFilter() {
        filter.focus();
    }

    MessagesViewModel model() {
        return model;
    }

    private static Button action(String text, String id, Feather icon, String tip) {
        var button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    private VBox error() {
        var banner = new Banner("messages-error", Banner.Kind.DANGER, Feather.ALERT_TRIANGLE, null)
                .closable(() -> model.errorProperty().set(""));
        banner.descriptionProperty().bind(model.errorProperty());
        return padded(banner, model.errorProperty());
    }

    private VBox savedProblem() {
        var problem = model.saved().problemProperty();
        var banner = new Banner("messages-saved-problem", Banner.Kind.WARNING, Feather.ALERT_CIRCLE,
                "Saved filters").closable(() -> problem.set(""));
        banner.descriptionProperty().bind(problem);
        return padded(banner, problem);
    }

    /** "This search may scan 3.2 million messages (2.1 GB)." with the three ways on. */
    private VBox overLimit() {
        var search = model.search();
        var first = new Button(MessageWords.firstOf(io.pinpipe.messages.ScanLimit.DEFAULT.messages()));
        first.setId("messages-scan-first");
        first.getStyleClass().add(Styles.ACCENT);
        first.setDefaultButton(false);
        first.setOnAction(e -> search.scanFirst());
        var all = new Button("Scan all");
        all.setId("messages-scan-all");
        all.setOnAction(e -> search.scanAll());
        var cancel = new Button("Cancel");
        cancel.setId("messages-scan-cancel");
        cancel.setOnAction(e -> search.cancelAsked());
        var banner = new Banner("messages-over-limit", Banner.Kind.WARNING, Feather.ALERT_CIRCLE,
                "A large search").withActions(first, all, cancel);
        banner.descriptionProperty().bind(search.overLimitProperty());
        return padded(banner, search.overLimitProperty());
    }

    private static VBox padded(Banner banner, ObservableStringValue text) {
        var box = new VBox(banner);
        box.setPadding(new Insets(0, 28, 8, 28));
        var set = Bindings.isNotEmpty(text);
        box.visibleProperty().bind(set);
        box.managedProperty().bind(set);
        return box;
    }
}
