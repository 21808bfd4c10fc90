package io.pinpipe.ui;

import io.pinpipe.core.Look;
import io.pinpipe.core.Shown;
import io.pinpipe.core.Tone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

class BadgeTest {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        // A control needs the toolkit; a badge on no scene may be built and read on the test thread.
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyToneHasItsOwnColourInTheStylesheet() throws IOException {
        String css;
        try (var in = Badge.class.getResourceAsStream("pinpipe.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        var classes = Arrays.stream(Tone.values()).map(Badge::styleClass).toList();

        assertThat(classes).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(css).contains(".badge." + name + " "));
    }

    @Test
    void showsTheLabelInTheToneOfTheLatestState() {
        var badge = new Badge();

        Shown starting = () -> new Look("Starting…", Tone.BUSY);
        Shown failed = () -> new Look("Failed to start", Tone.FAILED);
        badge.show(starting);
        badge.show(failed);

        assertThat(badge.getText()).isEqualTo("Failed to start");
        assertThat(badge.getStyleClass()).contains("badge", "failed").doesNotContain("busy", "neutral", "ok");
    }
}
