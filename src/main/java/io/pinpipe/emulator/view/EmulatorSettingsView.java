package io.pinpipe.emulator.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.connections.view.ConnectionCell;
import io.pinpipe.emulator.DateTimeStyle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import java.util.Map;

/** The run's settings in a column beside the live data; locked while a run goes. */
final class EmulatorSettingsView extends ScrollPane {

    EmulatorSettingsView(EmulatorViewModel model) {
        var form = model.form();
        var mysql = form.sourceProperty().isEqualTo(EmulatorForm.SourceKind.MYSQL);
        var kafka = form.sinkProperty().isEqualTo(EmulatorForm.SinkKind.KAFKA);
        var column = new FormColumn()
                .section("Source")
                .field(null, choice("emulator-source", form.sourceProperty(), Map.of(
                        EmulatorForm.SourceKind.SANDBOX, "Sandbox sample database",
                        EmulatorForm.SourceKind.MYSQL, "MySQL or MariaDB (RDS)")))
                .field("JDBC URL", text("emulator-jdbc-url", form.jdbcUrlProperty(), "jdbc:mysql://host:3306/database"),
                        form.jdbcUrlError(), mysql)
                .field("User", text("emulator-db-user", form.dbUserProperty(), "root"), form.dbUserError(), mysql)
                .field("Password", password(form.dbPasswordProperty()), null, mysql)
                .section("Destination")
                .field(null, choice("emulator-sink", form.sinkProperty(), Map.of(
                        EmulatorForm.SinkKind.KAFKA, "Kafka cluster",
                        EmulatorForm.SinkKind.REST, "REST proxy (API Gateway)")))
                .field("Connection", connectionPicker(form), form.connectionError(), kafka)
                .field("Invoke URL", text("emulator-rest-url", form.restUrlProperty(), "https://abc123.execute-api.us-east-1.amazonaws.com/prod"),
                        form.restUrlError(), kafka.not())
                .field("API key (optional, not saved)", secret("emulator-api-key", form.apiKeyProperty()), null, kafka.not())
                .field("Topic prefix", text("emulator-prefix", form.prefixProperty(), "e.g. 0a1b2c3d4e5f"), form.prefixError(), null)
                .field(null, createTopics(form), null, kafka)
                .field("Partitions of created topics", text("emulator-partitions", form.partitionsProperty(), "broker default"),
                        form.partitionsError(), kafka.and(form.createTopicsProperty()))
                .field("Replication factor", text("emulator-replication", form.replicationFactorProperty(), "broker default"),
                        form.replicationFactorError(), kafka.and(form.createTopicsProperty()))
                .section("Pace and limit")
                .field(null, choice("emulator-pace", form.paceProperty(), Map.of(
                        EmulatorForm.PaceKind.ORIGINAL, "Like the original: 0 to 2 s apart",
                        EmulatorForm.PaceKind.RATE, "Fixed rate",
                        EmulatorForm.PaceKind.MAX, "As fast as the sink takes")))
                .field("Events per second", text("emulator-rate", form.rateProperty(), "50"), form.rateError(),
                        form.paceProperty().isEqualTo(EmulatorForm.PaceKind.RATE))
                .field(null, choice("emulator-limit", form.limitProperty(), Map.of(
                        EmulatorForm.LimitKind.NONE, "Until stopped",
                        EmulatorForm.LimitKind.COUNT, "A number of events",
                        EmulatorForm.LimitKind.DURATION, "For a while")))
                .field("Events", text("emulator-count", form.countProperty(), "1000"), form.countError(),
                        form.limitProperty().isEqualTo(EmulatorForm.LimitKind.COUNT))
                .field("Duration", text("emulator-duration", form.durationProperty(), "30s, 5m, 1h"), form.durationError(),
                        form.limitProperty().isEqualTo(EmulatorForm.LimitKind.DURATION))
                .section("Records")
                .field("Seed (same seed, same ids)", text("emulator-seed", form.seedProperty(), "100"), form.seedError(), null)
                .field("Datetimes", choice("emulator-datetimes", form.dateTimesProperty(), Map.of(
                        DateTimeStyle.ISO, "ISO-8601: 2020-08-28T03:52:47",
                        DateTimeStyle.ORIGINAL, "Like the original: 2020-08-28 03:52:47")));
        column.disableProperty().bind(Bindings.createBooleanBinding(() -> model.phaseProperty().get().active(),
                model.phaseProperty()));
        setContent(column);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(240);
        setPrefWidth(280);
        setMaxWidth(360);
        getStyleClass().add("emulator-settings");
    }

    private static TextField text(String id, StringProperty value, String prompt) {
        var field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static PasswordField password(StringProperty value) {
        var field = secret("emulator-db-password", value);
        field.setPromptText("else " + EmulatorViewModel.PASSWORD_VARIABLE + "; kept for this session only");
        return field;
    }

    private static PasswordField secret(String id, StringProperty value) {
        var field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static CheckBox createTopics(EmulatorForm form) {
        var box = new CheckBox("Create missing topics");
        box.setId("emulator-create-topics");
        box.selectedProperty().bindBidirectional(form.createTopicsProperty());
        return box;
    }

    private static <T extends Enum<T>> ComboBox<T> choice(String id, ObjectProperty<T> value, Map<T, String> labels) {
        var box = new ComboBox<T>();
        box.setId(id);
        box.getItems().setAll(labels.keySet().stream().sorted().toList());
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : labels.get(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return box;
    }

    private static ComboBox<Connection> connectionPicker(EmulatorForm form) {
        var picker = new ComboBox<>(form.connections());
        picker.setId("emulator-connection");
        picker.valueProperty().bindBidirectional(form.connectionProperty());
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setCellFactory(list -> new ConnectionCell());
        picker.setButtonCell(new ConnectionCell());
        return picker;
    }
}
