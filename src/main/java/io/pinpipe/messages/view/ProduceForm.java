package io.pinpipe.messages.view;

import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageException;
import io.pinpipe.messages.OutgoingMessage;
import io.pinpipe.messages.OutgoingMessages;
import io.pinpipe.messages.OutgoingMessages.ValueFormat;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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
    private final BooleanProperty tombstone = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper repeatProblem = new ReadOnlyStringWrapper("");
    private Prefill prefill;
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
        tombstone.addListener((obs, old, now) -> checkValue());
        valid = Bindings.createBooleanBinding(() -> valueProblem.get().isEmpty() && headersProblem.get().isEmpty()
                        && (tombstone.get() || !(format.get() == ValueFormat.JSON && value.get().isBlank()))
                        && repeatProblem.get().isEmpty() && repeat.get() != null && repeat.get() >= 1,
                valueProblem, headersProblem, format, value, repeat, tombstone, repeatProblem);
    }

    /**
     * The message the fields say; a tombstone has a null value. A field "send again" filled and left as it was
     * sends the original message's bytes (an empty key stays empty, a null header value stays null, bytes that are
     * not text stay as they were). @throws MessageException INVALID_REQUEST naming the field
     */
    OutgoingMessage message() {
        var typed = OutgoingMessages.of(key.get(), tombstone.get() ? "" : value.get(),
                tombstone.get() ? ValueFormat.TEXT : format.get(), lines(headers.get()), chosenPartition());
        if (prefill == null) {
            return tombstone.get() ? new OutgoingMessage(typed.key(), null, typed.headers(), typed.partition()) : typed;
        }
        var keyBytes = key.get().equals(prefill.keyText()) ? prefill.key() : typed.key();
        var valueBytes = tombstone.get() ? null : value.get().equals(prefill.valueText()) ? prefill.value() : typed.value();
        var headerList = headers.get().equals(prefill.headersText()) ? prefill.headers() : typed.headers();
        return new OutgoingMessage(keyBytes, valueBytes, headerList, typed.partition());
    }

    /** What "send again" filled in, as text and as the original bytes. */
    private record Prefill(String keyText, byte[] key, String valueText, byte[] value, String headersText,
                           List<Message.Header> headers) {
    }

    /** The repeat field's text as typed: a whole number from 1 to {@code max}, or the problem is shown and Send waits. */
    void repeatTyped(String text, int max) {
        var digits = text == null ? "" : text.strip();
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            repeatProblem.set("Repeat must be a whole number from 1 to " + max);
            return;
        }
        var number = digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (number < 1 || number > max) {
            repeatProblem.set("Repeat must be a whole number from 1 to " + max);
            return;
        }
        repeatProblem.set("");
        repeat.set((int) number);
    }

    /** Key, value, headers and partition of {@code message}; JSON is chosen when its value is a JSON object or array. */
    void fill(Message message) {
        key.set(message.key() == null ? "" : new String(message.key(), StandardCharsets.UTF_8));
        tombstone.set(message.value() == null);
        var text = message.value() == null ? "" : new String(message.value(), StandardCharsets.UTF_8);
        value.set(text);
        format.set(looksLikeJson(text) ? ValueFormat.JSON : ValueFormat.TEXT);
        var lines = new ArrayList<String>();
        for (var header : message.headers()) {
            lines.add(header.name() + "=" + (header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8)));
        }
        headers.set(String.join("\n", lines));
        prefill = new Prefill(key.get(), message.key(), text, message.value(), headers.get(), message.headers());
        if (partitions.contains(message.partition())) {
            partition.set(choice(message.partition()));
        }
        notice.set(ProduceAgainNotice.of(message));
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
        if (tombstone.get() || format.get() != ValueFormat.JSON || value.get().isBlank()) {
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

    /** Send a null value (a tombstone, which deletes the key on a compacted topic) instead of the value field. */
    public BooleanProperty tombstoneProperty() {
        return tombstone;
    }

    /** What is wrong with the repeat count as typed; empty when it is fine. */
    public ReadOnlyStringProperty repeatProblemProperty() {
        return repeatProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valueProblemProperty() {
        return valueProblem.getReadOnlyProperty();
    }

    /** What "send again" shows differently from the message, and when it would be sent differently; empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headersProblemProperty() {
        return headersProblem.getReadOnlyProperty();
    }
}
