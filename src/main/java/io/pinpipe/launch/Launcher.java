package io.pinpipe.launch;

import io.pinpipe.app.PinpipeApp;
import io.pinpipe.cli.PinpipeCommand;
import io.pinpipe.settings.AppPaths;
import javafx.application.Application;

/**
 * The jar's entry point. A plain class, not an {@code Application}, so that {@code java -jar} works with
 * JavaFX on the class path. No arguments opens the window; any argument runs the command line. It sits above
 * {@code app} and {@code cli} so that neither needs the other.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // Before the first logger exists: logback reads this to put the log file in the user's data folder.
        var paths = AppPaths.fromEnvironment();
        System.setProperty("pinpipe.logdir", paths.logDir().toString());
        if (args.length == 0) {
            launchWindow(args);
        } else {
            System.exit(PinpipeCommand.run(args));
        }
    }

    private static void launchWindow(String[] args) {
        try {
            Application.launch(PinpipeApp.class, args);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // JavaFX without a usable desktop (no GTK, no display): say what to install, not a stack trace.
            System.err.println("pinpipe: cannot open the window: " + e.getMessage()
                    + " On Linux Pinpipe needs a desktop session and GTK 3 (Debian/Ubuntu: sudo apt-get install "
                    + "libgtk-3-0 libxtst6 libxxf86vm1 libgl1). The command line works without it: pinpipe --help");
            System.exit(1);
        }
    }
}
