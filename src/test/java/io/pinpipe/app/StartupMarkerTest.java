package io.pinpipe.app;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StartupMarkerTest {

    @AfterEach
    void closeStages() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void printsOneLineAtTheFirstFrameThenRunsTheFollowUpOnce() throws Exception {
        FxToolkit.registerPrimaryStage();
        var printed = new ByteArrayOutputStream();
        var followUps = new AtomicInteger();
        var stage = FxToolkit.setupFixture(() -> {
            var window = new Stage();
            window.setScene(new Scene(new Label("first window"), 300, 200));
            StartupMarker.watch(window, new PrintStream(printed, true, StandardCharsets.UTF_8), followUps::incrementAndGet);
            window.show();
            return window;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> followUps.get() == 1);

        // Later frames (a resize, a hide and show) print nothing more.
        FxToolkit.setupFixture(() -> stage.setWidth(400));
        FxToolkit.setupFixture(stage::hide);
        FxToolkit.setupFixture(stage::show);
        WaitForAsyncUtils.waitForFxEvents();

        var lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).matches("pinpipe-first-window epochMs=\\d{13} sinceJvmStartMs=\\d+");
        var epochMs = Long.parseLong(lines.get(0).replaceAll(".*epochMs=(\\d+).*", "$1"));
        assertThat(Instant.ofEpochMilli(epochMs)).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(followUps).hasValue(1);
    }

    @Test
    void theLineSaysHowLongSinceTheJvmStarted() {
        var jvmStart = ProcessHandle.current().info().startInstant().orElseThrow();
        var line = StartupMarker.line(jvmStart.plusMillis(1234));
        assertThat(line).isEqualTo("pinpipe-first-window epochMs=" + jvmStart.plusMillis(1234).toEpochMilli()
                + " sinceJvmStartMs=1234");
    }
}
