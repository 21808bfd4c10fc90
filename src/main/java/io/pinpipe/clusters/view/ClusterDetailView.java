package io.pinpipe.clusters.view;

import io.pinpipe.ui.PlaceholderPane;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

import java.util.function.Consumer;

/** The lower half of the Clusters pane: the selected cluster's header and actions over its tabs, or a hint to select one. */
final class ClusterDetailView extends StackPane {

    ClusterDetailView(ClusterDetailViewModel model, ClusterActions actions, Consumer<String> error) {
        var none = new PlaceholderPane(Feather.MOUSE_POINTER, "No cluster selected",
                "Select a cluster to see its bootstrap brokers, its brokers and its topics, and to connect to it.");
        var layout = new BorderPane(ClusterDetailTabs.build(model));
        var top = new ClusterHeader(model, new ClusterActionBar(model, actions, error));
        top.setPadding(new Insets(14, 4, 10, 4));
        layout.setTop(top);
        var selected = Bindings.createBooleanBinding(() -> model.clusterProperty().get().isPresent(), model.clusterProperty());
        layout.visibleProperty().bind(selected);
        none.visibleProperty().bind(selected.not());
        getChildren().addAll(none, layout);
        setId("cluster-detail");
    }
}
