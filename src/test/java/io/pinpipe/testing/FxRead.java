package io.pinpipe.testing;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Reads the scene on the FX thread, between two of its events. Read from the test's thread, a label can be seen
 * changed while the rest of the same event (another label, an error box, a dialog's rows) has not happened yet, and a
 * table's rows can change while they are being copied.
 */
public final class FxRead {

    private FxRead() {
    }

    /** The text of a label, button or text field; "" when it has none. */
    public static String text(FxRobot robot, String query) {
        return get(() -> {
            var node = robot.lookup(query).query();
            var text = node instanceof TextInputControl field ? field.getText() : ((Labeled) node).getText();
            return text == null ? "" : text;
        });
    }

    /** The description of a message box ({@code ui.Banner}); "" when it has none. */
    public static String description(FxRobot robot, String query) {
        return get(() -> {
            var node = robot.lookup(query).query();
            var description = ((io.pinpipe.ui.Banner) node).getDescription();
            return description == null ? "" : description;
        });
    }

    public static boolean disabled(FxRobot robot, String query) {
        return get(() -> robot.lookup(query).query().isDisabled());
    }

    /** A copy of a table's rows as they are between two FX events. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> rows(FxRobot robot, String tableQuery) {
        return get(() -> List.copyOf((List<T>) robot.lookup(tableQuery).queryAs(TableView.class).getItems()));
    }

    /** The chosen item of a combo box, as text; "" when none is chosen. */
    public static String choice(FxRobot robot, String query) {
        return get(() -> {
            var value = robot.lookup(query).queryAs(ComboBox.class).getValue();
            return value == null ? "" : value.toString();
        });
    }

    /** Runs {@code read} on the FX thread and returns what it read; its exception is thrown here as it was. */
    public static <T> T get(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the scene on the FX thread", e);
        }
    }
}
