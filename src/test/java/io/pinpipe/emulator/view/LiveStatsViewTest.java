package io.pinpipe.emulator.view;

import io.pinpipe.emulator.StatsSnapshot;
import io.pinpipe.emulator.TopicCounts;
import io.pinpipe.settings.Theme;
import io.pinpipe.testing.Screenshots;
import io.pinpipe.ui.ThemeApplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** D2's counters: above a million a tile says "1.13 M" in full, never "1,132,...", and its tooltip the exact count. */
class LiveStatsViewTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void countsAboveAMillionFitTheirTilesAtTheNarrowestAndTheTooltipSaysTheExactValue() throws Exception {
        var counters = new LiveCounters();
        var records = 1_132_456_789L;
        counters.show(new StatsSnapshot(List.of(new TopicCounts("big.pin", records, records, records - 12_345, 0, 0,
                Optional.empty())), 377_485_596L, 48_211), Duration.ofHours(2).plusMinutes(3), 1);
        var view = new LiveStatsView(counters);
        var root = new StackPane(view);
        // As narrow as the live column gets in the smallest window.
        var scene = FxToolkit.setupFixture(() -> {
            var made = new Scene(root, view.minWidth(-1), 400);
            ThemeApplier.apply(Theme.LIGHT, made);
            root.applyCss();
            root.layout();
            return made;
        });
        Screenshots.save(scene, "emulator-stats-narrow-big-counts");

        for (var id : List.of("#emulator-events", "#emulator-sampled", "#emulator-sent", "#emulator-acked",
                "#emulator-in-flight", "#emulator-events-per-second", "#emulator-elapsed")) {
            var label = (Label) root.lookup(id);
            var drawn = FxToolkit.setupFixture(() -> ((Text) label.lookup(".text")).getText());
            assertThat(drawn).as(id).isEqualTo(label.getText()).doesNotContain("...");
        }
        assertThat(((Label) root.lookup("#emulator-sampled")).getText()).isEqualTo("1.13 B");
        assertThat(((Label) root.lookup("#emulator-sampled")).getTooltip().getText()).isEqualTo("1,132,456,789 sampled");
        assertThat(((Label) root.lookup("#emulator-events")).getText()).isEqualTo("377 M");
        assertThat(((Label) root.lookup("#emulator-events-per-second")).getText()).isEqualTo("48,211");
        assertThat(((Label) root.lookup("#emulator-elapsed")).getText()).isEqualTo("2:03:00");
    }
}
