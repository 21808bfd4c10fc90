package io.pinpipe.clusters.view;

import io.pinpipe.ui.Banner;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import io.pinpipe.clusters.AwsProfile;
import io.pinpipe.ui.PaneHeader;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Clusters pane: pick a profile and region, filter the clusters, inspect one, connect to it. */
public final class ClustersView extends BorderPane {

    public ClustersView(String title, String subtitle, ClustersViewModel model) {
        var where = new HBox(8, profilePicker(model), regionPicker(model), allRegions(model), refresh(model));
        where.setAlignment(Pos.CENTER_LEFT);
        where.getChildren().forEach(control -> ((Region) control).setMinWidth(Region.USE_PREF_SIZE));
        setTop(new VBox(new PaneHeader(title, subtitle, where),
                toolbar(model),
                message("clusters-error", "Cannot list the clusters", Banner.Kind.DANGER, Feather.ALERT_TRIANGLE, model.errorProperty(), false),
                message("clusters-action-error", "Not done", Banner.Kind.DANGER, Feather.ALERT_TRIANGLE, model.actions().errorProperty(), true),
                message("clusters-notice", null, Banner.Kind.INFO, Feather.INFO, model.noticeProperty(), true)));
        var split = new SplitPane(ClusterTable.build(model),
                new ClusterDetailView(model.detail(), model.actions(), model.actions().errorProperty()::set));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        split.setPadding(new Insets(0, 28, 20, 28));
        split.getStyleClass().add("topics-split");
        setCenter(split);
        model.open();
    }

    private static ComboBox<AwsProfile> profilePicker(ClustersViewModel model) {
        var picker = new ComboBox<>(model.profiles());
        picker.setId("clusters-profile");
        picker.valueProperty().bindBidirectional(model.profileProperty());
        picker.setCellFactory(list -> new ProfileCell());
        picker.setButtonCell(new ProfileCell());
        picker.setPrefWidth(230);
        picker.setTooltip(new Tooltip("AWS profile: from ~/.aws/config and ~/.aws/credentials, or the default credential chain"));
        return picker;
    }

    private static ComboBox<String> regionPicker(ClustersViewModel model) {
        var picker = new ComboBox<>(model.regions());
        picker.setId("clusters-region");
        picker.valueProperty().bindBidirectional(model.regionProperty());
        picker.setPrefWidth(150);
        picker.disableProperty().bind(model.allRegionsProperty());
        return picker;
    }

    private static CheckBox allRegions(ClustersViewModel model) {
        var all = new CheckBox("All regions");
        all.setId("clusters-all-regions");
        all.selectedProperty().bindBidirectional(model.allRegionsProperty());
        all.setTooltip(new Tooltip("Look in every region where MSK is offered"));
        return all;
    }

    private static Button refresh(ClustersViewModel model) {
        var refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("clusters-refresh");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new Tooltip("Look again (reads the AWS profiles again too)"));
        refresh.setOnAction(event -> model.open());
        return refresh;
    }

    private static HBox toolbar(ClustersViewModel model) {
        var filter = new CustomTextField();
        filter.setId("clusters-filter");
        filter.setPromptText("Filter by name");
        filter.setLeft(new FontIcon(Feather.SEARCH));
        filter.setPrefWidth(260);
        filter.textProperty().bindBidirectional(model.filterProperty());
        var progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(model.loadingProperty());
        var cancel = new Button("Stop", new FontIcon(Feather.X));
        cancel.setId("clusters-cancel");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.setOnAction(event -> model.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.visibleProperty().bind(model.loadingProperty());
        cancel.managedProperty().bind(model.loadingProperty());
        var status = new Label();
        status.setId("clusters-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(12, filter, progress, cancel, status, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 28, 12, 28));
        return bar;
    }

    private static VBox message(String id, String title, Banner.Kind kind, Feather icon, javafx.beans.value.ObservableStringValue text,
                                boolean closable) {
        var message = new Banner(id, kind, icon, title);
        message.descriptionProperty().bind(text);
        if (closable && text instanceof StringProperty writable) {
            message.closable(() -> writable.set(""));
        }
        var box = new VBox(message);
        box.setPadding(new Insets(0, 28, 12, 28));
        var shown = javafx.beans.binding.Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isEmpty(), text);
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(shown);
        return box;
    }

    /** A profile in the picker: its name and where its credentials come from. */
    private static final class ProfileCell extends ListCell<AwsProfile> {
        @Override
        protected void updateItem(AwsProfile profile, boolean empty) {
            super.updateItem(profile, empty);
            setText(empty || profile == null ? null : profile.label() + "  ·  " + profile.kind().label());
        }
    }
}
