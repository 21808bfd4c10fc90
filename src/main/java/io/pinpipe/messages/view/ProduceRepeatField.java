package io.pinpipe.messages.view;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * The produce dialog's repeat count: a spinner that takes digits only; while its text is not a count from 1 to
 * {@link #MAX} the form says so beside it and Send waits, so the count sent is always the one shown.
 */
final class ProduceRepeatField {

    static final int MAX = 100_000;

    private ProduceRepeatField() {
    }

    static Spinner<Integer> spinner(ProduceForm form) {
        var factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, MAX, form.repeatProperty().get());
        var spinner = new Spinner<Integer>(factory);
        spinner.setId("produce-repeat");
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer number) {
                return number == null ? "" : number.toString();
            }

            @Override
            public Integer fromString(String text) {
                // Typing is checked by the form; an unusable text leaves the last good count in place.
                var digits = text == null ? "" : text.strip();
                if (digits.isEmpty() || digits.length() > 9) {
                    return factory.getValue();
                }
                var number = Integer.parseInt(digits);
                return number < 1 || number > MAX ? factory.getValue() : number;
            }
        });
        var editor = spinner.getEditor();
        editor.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().chars().allMatch(Character::isDigit) ? change : null));
        editor.textProperty().addListener((obs, old, now) -> form.repeatTyped(now, MAX));
        factory.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                form.repeatProperty().set(now);
            }
        });
        form.repeatProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(factory.getValue()) && form.repeatProblemProperty().get().isEmpty()) {
                factory.setValue(now);
            }
        });
        return spinner;
    }
}
