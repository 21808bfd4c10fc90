package io.pinpipe.app;

import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pictures in the README: every pane of the navigation, in order, on a home whose sandbox is running and
 * being fed. Runs only from {@code docs/screenshots/make-screenshots.sh}, which prepares that home and passes
 * {@code -Dpinpipe.tour.home} and {@code -Dpinpipe.tour.out}.
 */
@EnabledIfSystemProperty(named = "pinpipe.tour.out", matches = ".+")
class ScreenshotTour {

    @Test
    void everyPaneWithTheSandboxRunning() throws Exception {
        var out = Path.of(System.getProperty("pinpipe.tour.out"));
        System.setProperty("pinpipe.screenshots", out.toString());
        try (var app = RunningApp.start(Path.of(System.getProperty("pinpipe.tour.home")))) {
            FxToolkit.setupFixture(() -> {
                app.stage().setWidth(1280);
                app.stage().setHeight(800);
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> app.context().sandbox().bootstrap().isPresent());
            for (var pane : PaneId.values()) {
                app.robot().clickOn("#nav-" + pane.key());
                settle(app);
                var file = Screenshots.save(app.scene(), pane.key());
                assertThat(Files.size(file)).as(file + " holds a picture").isGreaterThan(10_000);
            }
        }
    }

    /** Loads and refreshes started by showing the pane have finished, and their results are drawn. */
    private static void settle(RunningApp app) {
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(60))
                .until(() -> !app.context().async().backgroundWork().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
