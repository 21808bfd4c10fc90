package io.pinpipe.testing;

import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Reads the scene on the FX thread, between two of its events. Read from the test's thread, a label can be seen
 * changed while the rest of the same event (another label, an error box, a dialog's rows) has not happened yet.
 */
public final class FxRead {

    private FxRead() {
    }

    public static String text(FxRobot robot, String query) {
        return get(() -> robot.lookup(query).queryAs(Labeled.class).getText());
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
