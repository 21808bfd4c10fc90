package io.pinpipe.app;

import javafx.application.Platform;
import javafx.stage.Stage;

import java.io.PrintStream;
import java.time.Instant;

/**
 * With {@code -Dpinpipe.startupMarker=true}, prints one line when the first window has been laid out for its
 * first frame, so {@code bench/startup} can time launch to first window from outside the process. With
 * {@code =exit} the app then closes, as the installer build's class-data training run needs.
 */
final class StartupMarker {

    static final String PROPERTY = "pinpipe.startupMarker";
    static final String PREFIX = "pinpipe-first-window";

    private StartupMarker() {
    }

    static void watch(Stage stage) {
        var mode = System.getProperty(PROPERTY, "");
        if (mode.equals("true") || mode.equals("exit")) {
            watch(stage, System.out, mode.equals("exit") ? Platform::exit : () -> { });
        }
    }

    static void watch(Stage stage, PrintStream out, Runnable then) {
        FirstFrame.after(stage, () -> {
            out.println(line(Instant.now()));
            out.flush();
            then.run();
        });
    }

    /** {@code pinpipe-first-window epochMs=... sinceJvmStartMs=...}: the first for outside clocks, the second alone. */
    static String line(Instant now) {
        var jvmStart = ProcessHandle.current().info().startInstant().orElse(now);
        return PREFIX + " epochMs=" + now.toEpochMilli() + " sinceJvmStartMs=" + (now.toEpochMilli() - jvmStart.toEpochMilli());
    }
}
