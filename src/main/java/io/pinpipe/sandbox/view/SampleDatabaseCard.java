package io.pinpipe.sandbox.view;

import io.pinpipe.ui.Banner;
import atlantafx.base.theme.Styles;
import io.pinpipe.ui.Badge;
import io.pinpipe.ui.Confirm;
import io.pinpipe.ui.CopyButton;
import io.pinpipe.ui.Fields;
import io.pinpipe.ui.Panel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import static io.pinpipe.sandbox.view.BrokerCard.showWhen;

/** The sample database's card: whether it exists, how many rows, where to reach it, and "create". */
final class SampleDatabaseCard {

    private final SampleDatabaseViewModel model;

    SampleDatabaseCard(SampleDatabaseViewModel model) {
        this.model = model;
    }

    Panel build() {
        var badge = new Badge();
        badge.setId("database-state");
        model.stateProperty().addListener((obs, old, state) -> badge.show(state));
        badge.show(model.stateProperty().get());

        return new Panel(Feather.DATABASE, "Sample database", badge,
                "The original pipeline's three tables (pinterest_data, geolocation_data, user_data), generated "
                        + "as dirty as the real data, in an embedded H2 database in MySQL mode.")
                .with(fields(), progress(), error(), actions());
    }

    private Fields fields() {
        var rows = new Label();
        rows.setId("database-rows");
        rows.textProperty().bind(Bindings.when(model.summaryProperty().isEmpty())
                .then("—").otherwise(model.summaryProperty()));

        var url = new Label(model.jdbcUrl());
        url.getStyleClass().add("mono");
        url.setWrapText(true);
        url.setMaxWidth(560);
        var urlRow = new HBox(url, new CopyButton(new ReadOnlyStringWrapper(model.jdbcUrl()), "the JDBC URL"));
        urlRow.setSpacing(6);
        urlRow.setAlignment(Pos.CENTER_LEFT);
        return new Fields().row("Rows", rows).row("JDBC URL", urlRow);
    }

    private Node progress() {
        var bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.setPrefWidth(260);
        var cancel = new Button("Cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(event -> model.cancelCreate());
        var row = new HBox(bar, cancel);
        row.setSpacing(10);
        row.setAlignment(Pos.CENTER_LEFT);
        showWhen(row, model.stateProperty().isEqualTo(DatabaseState.CREATING));
        return row;
    }

    private Node error() {
        var message = new Banner("database-error", Banner.Kind.DANGER, Feather.ALERT_TRIANGLE,
                "Could not create the sample database");
        message.descriptionProperty().bind(model.errorProperty());
        return message;
    }

    private Node actions() {
        var create = new Button("Create sample database", new FontIcon(Feather.PLUS_CIRCLE));
        create.setId("database-create");
        create.getStyleClass().add(Styles.ACCENT);
        showWhen(create, model.stateProperty().isEqualTo(DatabaseState.MISSING)
                .or(model.stateProperty().isEqualTo(DatabaseState.FAILED)));
        create.setOnAction(event -> model.create());
        var regenerate = new Button("Regenerate…", new FontIcon(Feather.REFRESH_CW));
        regenerate.setId("database-regenerate");
        regenerate.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        showWhen(regenerate, model.stateProperty().isEqualTo(DatabaseState.READY));
        regenerate.setOnAction(event -> {
            if (Confirm.destructive(regenerate, "regenerate-confirmation", "Regenerate sample database",
                    "Drop the three sample tables and load them again?",
                    "Every row of pinterest_data, geolocation_data and user_data is deleted and the generated rows are "
                            + "loaded again: changes made to them are lost.", "Regenerate")) {
                model.regenerate();
            }
        });
        var row = new HBox(create, regenerate);
        row.setSpacing(8);
        return row;
    }
}
