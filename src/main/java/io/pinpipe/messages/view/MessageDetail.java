package io.pinpipe.messages.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageJson;
import io.pinpipe.messages.Rendering;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** The selected message in full: Value, Key and Headers tabs, shown as JSON, text or hex, with copy buttons. */
final class MessageDetail extends BorderPane {

    private final ObjectProperty<Rendering.Shown> shown = new SimpleObjectProperty<>(Rendering.Shown.AUTO);
    private final TextArea value = area("messages-detail-value");
    private final TextArea key = area("messages-detail-key");
    private final TextArea headers = area("messages-detail-headers");
    private final Label where = new Label();
    private final HBox actions;

    MessageDetail(ObjectProperty<Message> selected) {
        var tabs = new TabPane(new Tab("Value", value), new Tab("Key", key), new Tab("Headers", headers));
        tabs.setId("messages-detail-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        var choice = new ComboBox<Rendering.Shown>();
        choice.getItems().setAll(Rendering.Shown.values());
        choice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Rendering.Shown shown) {
                return shown == null ? "" : switch (shown) {
                    case AUTO -> "Auto";
                    case JSON -> "JSON";
                    case TEXT -> "Text";
                    case HEX -> "Hex";
                };
            }

            @Override
            public Rendering.Shown fromString(String text) {
                return Rendering.Shown.AUTO;
            }
        });
        choice.setId("messages-shown");
        choice.valueProperty().bindBidirectional(shown);
        choice.setTooltip(new Tooltip("Show key and value as they look (Auto), or as JSON, text or hex"));
        choice.setMinWidth(Region.USE_PREF_SIZE);
        var copyValue = button("Copy value", "messages-copy-value", Feather.COPY,
                () -> ResultsTable.copy(value.getText()));
        var copyJson = button("Copy message", "messages-copy-json", Feather.CLIPBOARD,
                () -> ResultsTable.copy(MessageJson.line(selected.get())));
        copyJson.setTooltip(new Tooltip("The message as one JSON line, as export writes it and produce reads it"));
        where.setId("messages-detail-where");
        where.getStyleClass().add(Styles.TEXT_MUTED);
        where.setMinWidth(0);
        HBox.setHgrow(where, Priority.ALWAYS);
        where.setMaxWidth(Double.MAX_VALUE);
        var shownLabel = new Label("Shown");
        shownLabel.setMinWidth(Region.USE_PREF_SIZE);
        actions = new HBox(8, where, shownLabel, choice, copyValue, copyJson);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(6, 0, 6, 0));
        copyValue.disableProperty().bind(selected.isNull());
        copyJson.disableProperty().bind(selected.isNull());
        setTop(actions);
        setCenter(tabs);
        selected.addListener((obs, old, message) -> show(message));
        shown.addListener((obs, old, now) -> show(selected.get()));
        show(null);
    }

    /** A button beside the copy buttons, e.g. "Send again". */
    void addAction(Button button) {
        actions.getChildren().add(button);
    }

    private void show(Message message) {
        if (message == null) {
            where.setText("Select a message to see it in full.");
            value.clear();
            key.clear();
            headers.clear();
            return;
        }
        where.setText("Partition " + message.partition() + " · offset " + message.offset() + " · "
                + ResultsTable.TIME.format(message.timestamp()) + " (" + message.timestampType().label() + ") · "
                + MessageWords.bytes(message.size()));
        value.setText(Rendering.render(message.value(), shown.get()));
        key.setText(Rendering.render(message.key(), shown.get()));
        headers.setText(message.headers().isEmpty() ? "(no headers)" : message.headers().stream()
                .map(h -> h.name() + ": " + (h.value() == null ? "(null)"
                        : shown.get() == Rendering.Shown.HEX ? Rendering.render(h.value(), Rendering.Shown.HEX)
                        : new String(h.value(), StandardCharsets.UTF_8)))
                .collect(Collectors.joining("\n")));
    }

    private static Button button(String text, String id, Feather icon, Runnable action) {
        var button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static TextArea area(String id) {
        var area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.getStyleClass().add("log-tail");
        area.setWrapText(false);
        return area;
    }
}
