package io.pinpipe.sandbox.view;

import io.pinpipe.settings.SettingsStore;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The broker's preferred port as typed: checked as you type, remembered while valid. */
public final class PortField {

    static final int MIN = 1024;
    static final int MAX = 65535;

    private final StringProperty text = new SimpleStringProperty();
    private final StringBinding problem = Bindings.createStringBinding(() -> problemWith(text.get()), text);
    private final BooleanBinding valid = problem.isEmpty();

    PortField(SettingsStore settings) {
        // Typing 70000 passes through 7000: while the text is no valid port, the port of the opening is kept,
        // not the last valid prefix.
        var opening = settings.get().sandboxPort();
        text.set(Integer.toString(opening));
        text.addListener((obs, old, value) -> {
            var port = problemWith(value).isEmpty() ? Integer.parseInt(value.strip()) : opening;
            settings.update(s -> s.withSandboxPort(port));
        });
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Empty when the port is fine, else a sentence for the label next to the field. */
    public StringBinding problemProperty() {
        return problem;
    }

    public boolean valid() {
        return valid.get();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    int value() {
        return Integer.parseInt(text.get().strip());
    }

    static String problemWith(String value) {
        var trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            return "Enter a port number.";
        }
        if (!trimmed.chars().allMatch(Character::isDigit) || trimmed.length() > 5) {
            return "A port is a whole number from " + MIN + " to " + MAX + ".";
        }
        var port = Integer.parseInt(trimmed);
        if (port < MIN || port > MAX) {
            return "Use a port from " + MIN + " to " + MAX + " (ports below " + MIN + " need administrator rights).";
        }
        return "";
    }
}
