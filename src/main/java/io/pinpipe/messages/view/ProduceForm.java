package io.pinpipe.messages.view;

import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageException;
import io.pinpipe.messages.OutgoingMessage;
import io.pinpipe.messages.OutgoingMessages;
import io.pinpipe.messages.OutgoingMessages.ValueFormat;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The fields of the produce dialog and what is wrong with them, checked as they change: the value as JSON when JSON
 * is chosen (line and column named), the headers as {@code name=value} lines; "send again" fills them from a message.
 */
public final class ProduceForm {

    /** The partition choice that lets the producer pick by key. */
    public static final String BY_KEY = "By key";

    private final List<Integer> partitions;
    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final ObjectProperty<ValueFormat> format = new SimpleObjectProperty<>(ValueFormat.TEXT);
    private final StringProperty headers = new SimpleStringProperty("");
    private final ObservableList<String> partitionChoices = FXCollections.observableArrayList();
    private final ObjectProperty<String> partition = new SimpleObjectProperty<>(BY_KEY);
    private final ObjectProperty<Integer> repeat = new SimpleObjectProperty<>(1);
    private final ReadOnlyStringWrapper valueProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headersProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;

    ProduceForm(List<Integer> partitions) {
        this.partitions = List.copyOf(partitions);
        partitionChoices.add(BY_KEY);
        this.partitions.forEach(number -> partitionChoices.add(choice(number)));
        value.addListener((obs, old, now) -> checkValue());
        format.addListener((obs, old, now) -> checkValue());
        headers.addListener((obs, old, now) -> checkHeaders());
        valid = Bindings.createBooleanBinding(() -> valueProblem.get().isEmpty() && headersProblem.get().isEmpty()
                        && !(format.get() == ValueFormat.JSON && value.get().isBlank()) && repeat.get() != null && repeat.get() >= 1,
                valueProblem, headersProblem, format, value, repeat);
    }

    /** The message the fields say. @throws MessageException INVALID_REQUEST naming the field */
    OutgoingMessage message() {
        return OutgoingMessages.of(key.get(), value.get(), format.get(), lines(headers.get()), chosenPartition());
    }

    /** Key, value, headers and partition of {@code message}; JSON is chosen when its value is a JSON object or array. */
    void fill(Message message) {
        key.set(message.key() == null ? "" : new String(message.key(), StandardCharsets.UTF_8));
        var text = message.value() == null ? "" : new String(message.value(), StandardCharsets.UTF_8);
        value.set(text);
        format.set(looksLikeJson(text) ? ValueFormat.JSON : ValueFormat.TEXT);
        var lines = new ArrayList<String>();
        for (var header : message.headers()) {
            lines.add(header.name() + "=" + (header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8)));
        }
        headers.set(String.join("\n", lines));
        if (partitions.contains(message.partition())) {
            partition.set(choice(message.partition()));
        }
        var binary = new ArrayList<String>();
        if (!isText(message.key())) {
            binary.add("key");
        }
        if (!isText(message.value())) {
            binary.add("value");
        }
        if (message.headers().stream().anyMatch(header -> !isText(header.value()))) {
            binary.add("a header");
        }
        notice.set(binary.isEmpty() ? "" : "The message's " + String.join(" and ", binary) + " is not UTF-8 text: it shows "
                + "with replacement characters, and Send would send that text, not the original bytes. "
                + "Export it and use Produce file… to send it byte for byte.");
    }

    private static boolean isText(byte[] bytes) {
        if (bytes == null) {
            return true;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static boolean looksLikeJson(String text) {
        var start = text.stripLeading();
        if (!(start.startsWith("{") || start.startsWith("["))) {
            return false;
        }
        try {
            OutgoingMessages.checkJson(text);
            return true;
        } catch (MessageException e) {
            return false;
        }
    }

    private void checkValue() {
        if (format.get() != ValueFormat.JSON || value.get().isBlank()) {
            valueProblem.set("");
            return;
        }
        try {
            OutgoingMessages.checkJson(value.get());
            valueProblem.set("");
        } catch (MessageException e) {
            valueProblem.set(e.getMessage());
        }
    }

    private void checkHeaders() {
        try {
            OutgoingMessages.headers(lines(headers.get()));
            headersProblem.set("");
        } catch (MessageException e) {
            headersProblem.set(e.getMessage());
        }
    }

    private OptionalInt chosenPartition() {
        var chosen = partition.get();
        if (chosen == null || chosen.equals(BY_KEY)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(chosen.substring("Partition ".length())));
    }

    static String choice(int partition) {
        return "Partition " + partition;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    /** Whether the fields make a message that may be sent. */
    public BooleanBinding validProperty() {
        return valid;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ObjectProperty<ValueFormat> formatProperty() {
        return format;
    }

    public StringProperty headersProperty() {
        return headers;
    }

    public ObservableList<String> partitionChoices() {
        return partitionChoices;
    }

    public ObjectProperty<String> partitionProperty() {
        return partition;
    }

    public ObjectProperty<Integer> repeatProperty() {
        return repeat;
    }

    public ReadOnlyStringProperty valueProblemProperty() {
        return valueProblem.getReadOnlyProperty();
    }

    /** What "send again" could not carry over exactly (bytes that are not text); empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headersProblemProperty() {
        return headersProblem.getReadOnlyProperty();
    }
}
