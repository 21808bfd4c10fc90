package io.pinpipe.clusters.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.ui.Badge;
import io.pinpipe.ui.CopyButton;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import io.pinpipe.ui.ToolRow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Function;

/** The selected cluster's name, state, summary line and ARN, its actions, and a word when it is reachable only in its VPC. */
final class ClusterHeader extends VBox {

    private final ClusterDetailViewModel model;

    ClusterHeader(ClusterDetailViewModel model, ClusterActionBar actions) {
        super(4);
        this.model = model;
        var name = new Label();
        name.setId("cluster-detail-name");
        name.getStyleClass().add(Styles.TITLE_3);
        name.textProperty().bind(text(c -> c.name()));
        var badge = new Badge();
        model.clusterProperty().addListener((obs, old, cluster) -> cluster.ifPresent(c -> badge.show(c.state())));
        name.setMinWidth(Region.USE_PREF_SIZE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        var title = new HBox(10, name, badge);
        title.setAlignment(Pos.CENTER_LEFT);
        // Too narrow for the name and the buttons side by side: the buttons go under the name, never cut to "…".
        var top = new ToolRow(title, actions, 10);
        getChildren().addAll(top, actionsBlocked(), summary(), arn(), vpcOnly(actions));
    }

    /** A disabled button shows no tooltip in JavaFX: the reason is written under the buttons instead. */
    private HBox actionsBlocked() {
        var icon = new FontIcon(Feather.INFO);
        icon.getStyleClass().add(Styles.TEXT_MUTED);
        var why = new Label();
        why.setId("cluster-actions-why");
        why.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        why.setWrapText(true);
        why.textProperty().bind(model.actionsBlockedProperty());
        var row = new HBox(6, icon, why);
        row.setAlignment(Pos.CENTER_RIGHT);
        row.visibleProperty().bind(why.textProperty().isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Label summary() {
        var summary = new Label();
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        summary.textProperty().bind(text(c -> c.kind().label() + " · " + c.region()
                + c.kafkaVersion().map(v -> " · Kafka " + v).orElse("")
                + (c.brokerCount().isPresent() ? " · " + c.brokerCount().getAsInt() + " × " + c.instanceType().orElse("broker") : "")
                + " · " + (c.auth().isEmpty() ? "no client auth" : c.authLabels())
                + c.stateMessage().map(m -> " · " + m).orElse("")));
        return summary;
    }

    private HBox arn() {
        var arn = new SimpleStringProperty("");
        arn.bind(text(c -> c.arn().toString()));
        var arnLabel = new Label();
        arnLabel.getStyleClass().addAll("mono", Styles.TEXT_SMALL);
        arnLabel.textProperty().bind(arn);
        var arnRow = new HBox(4, arnLabel, new CopyButton(arn, "the cluster ARN"));
        arnRow.setAlignment(Pos.CENTER_LEFT);
        return arnRow;
    }

    /** Brokers without public access are the usual reason a connection from a laptop hangs: say so, offer the doctor. */
    private HBox vpcOnly(ClusterActionBar actions) {
        var icon = new FontIcon(Feather.LOCK);
        icon.getStyleClass().add(Styles.WARNING);
        var text = new Label("No public access: its brokers answer only inside the cluster's VPC (or over a VPN, peering or "
                + "multi-VPC connectivity).");
        text.getStyleClass().add(Styles.TEXT_SMALL);
        text.setWrapText(true);
        var link = new Hyperlink("Diagnose from this machine");
        link.setId("cluster-vpc-diagnose");
        link.getStyleClass().add(Styles.TEXT_SMALL);
        link.setMinWidth(Region.USE_PREF_SIZE);
        link.disableProperty().bind(actions.diagnoseDisabledProperty());
        link.setOnAction(event -> actions.diagnose());
        var row = new HBox(6, icon, text, link);
        row.setId("cluster-vpc-only");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4, 0, 0, 0));
        row.visibleProperty().bind(model.vpcOnlyProperty());
        row.managedProperty().bind(model.vpcOnlyProperty());
        return row;
    }

    private StringBinding text(Function<ClusterSummary, String> part) {
        return Bindings.createStringBinding(() -> model.clusterProperty().get().map(part).orElse(""), model.clusterProperty());
    }
}
