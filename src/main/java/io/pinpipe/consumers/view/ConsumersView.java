package io.pinpipe.consumers.view;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.view.ConnectionCell;
import io.pinpipe.ui.Banner;
import io.pinpipe.ui.PaneHeader;
import io.pinpipe.ui.ToolRow;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Consumers pane: pick a connection, filter its groups, inspect one, reset or delete. */
public final class ConsumersView extends BorderPane {

    private final CustomTextField filter = new CustomTextField();
    private final ConsumersViewModel model;

    public ConsumersView(String title, String subtitle, ConsumersViewModel model) {
        this.model = model;
        var actions = new HBox(8, connectionPicker(model), refresh(model));
        actions.setAlignment(Pos.CENTER_RIGHT);
        var header = new PaneHeader(title, subtitle);
        header.setMinWidth(0);
        var top = new ToolRow(header, actions, 8);
        top.setPadding(new Insets(0, 28, 0, 0));
        setTop(new VBox(top, toolbar(model), error(model), notice(model)));
        var split = new SplitPane(GroupTable.build(model), new GroupDetailView(model.detail()));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        split.setPadding(new Insets(0, 28, 20, 28));
        split.getStyleClass().add("consumers-split");
        setCenter(split);
        // The lag chart samples only while the pane is in the window: another pane shown takes it out of the scene.
        sceneProperty().addListener((obs, old, scene) -> model.detail().chart().showing(scene != null));
        model.open();
    }

    /** Its view model, for tests that wait on its state (the second phase over, the sampler stopped). */
    ConsumersViewModel model() {
        return model;
    }

    /** Ctrl+F: to the filter, its text selected for typing over. */
    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private static ComboBox<Connection> connectionPicker(ConsumersViewModel model) {
        return ConnectionCell.picker("consumers-connection", model.connections(), model.connectionProperty());
    }

    private static Button refresh(ConsumersViewModel model) {
        var refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("consumers-refresh");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new Tooltip("Read the groups again (F5)"));
        refresh.setOnAction(event -> model.open());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        return refresh;
    }

    private ToolRow toolbar(ConsumersViewModel model) {
        filter.setId("consumers-filter");
        filter.setPromptText("Filter groups or topics (" + new KeyCodeCombination(KeyCode.F,
                KeyCombination.SHORTCUT_DOWN).getDisplayText() + ")");
        filter.setLeft(new FontIcon(Feather.SEARCH));
        filter.setPrefWidth(260);
        filter.setMinWidth(150);
        filter.textProperty().bindBidirectional(model.filterProperty());

        var internal = new CheckBox("Show internal");
        internal.setId("consumers-show-internal");
        internal.setTooltip(new Tooltip("Groups whose id starts with \"_\", e.g. MSK's canary"));
        internal.selectedProperty().bindBidirectional(model.showInternalProperty());
        internal.setMinWidth(Region.USE_PREF_SIZE);
        var empty = new CheckBox("Show empty");
        empty.setId("consumers-show-empty");
        empty.setTooltip(new Tooltip("Groups without members: nobody reads with them now"));
        empty.selectedProperty().bindBidirectional(model.showEmptyProperty());
        empty.setMinWidth(Region.USE_PREF_SIZE);

        var progress = new ProgressBar();
        progress.setPrefWidth(100);
        progress.progressProperty().bind(model.progressProperty());
        // Progress and Stop keep their room while hidden: the table does not jump under the mouse when a read starts.
        progress.visibleProperty().bind(model.idleProperty().not());
        var stop = new Button("Stop", new FontIcon(Feather.X));
        stop.setId("consumers-stop");
        stop.getStyleClass().add(Styles.SMALL);
        stop.setOnAction(event -> model.cancelLoading());
        stop.setTooltip(new javafx.scene.control.Tooltip("Stop reading the groups and their lag in time"));
        stop.visibleProperty().bind(model.idleProperty().not());
        stop.setMinWidth(Region.USE_PREF_SIZE);
        var status = new Label();
        status.setId("consumers-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        // A count is never cut to "...": the label wraps instead of narrowing below its words.
        status.setWrapText(true);
        status.setMinWidth(110);
        status.setMinHeight(Region.USE_PREF_SIZE);

        var left = new HBox(12, filter, internal, empty);
        left.setAlignment(Pos.CENTER_LEFT);
        left.setMinWidth(Region.USE_PREF_SIZE);
        var right = new HBox(8, progress, stop, status);
        right.setAlignment(Pos.CENTER_RIGHT);
        var bar = new ToolRow(left, right, 12);
        bar.setPadding(new Insets(0, 28, 12, 28));
        return bar;
    }

    private static VBox error(ConsumersViewModel model) {
        var message = new Banner("consumers-error", Banner.Kind.DANGER, Feather.ALERT_TRIANGLE,
                "Cannot read the consumer groups");
        message.descriptionProperty().bind(model.errorProperty());
        return shownWhenSet(message, model.errorProperty());
    }

    private static VBox notice(ConsumersViewModel model) {
        var message = new Banner("consumers-notice", Banner.Kind.INFO, Feather.INFO, null)
                .closable(() -> model.noticeProperty().set(""));
        message.descriptionProperty().bind(model.noticeProperty());
        return shownWhenSet(message, model.noticeProperty());
    }

    private static VBox shownWhenSet(Banner message, javafx.beans.value.ObservableStringValue text) {
        var box = new VBox(message);
        box.setPadding(new Insets(0, 28, 12, 28));
        var set = javafx.beans.binding.Bindings.isNotEmpty(text);
        box.visibleProperty().bind(set);
        box.managedProperty().bind(set);
        return box;
    }
}
