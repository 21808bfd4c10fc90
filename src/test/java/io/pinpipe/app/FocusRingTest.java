package io.pinpipe.app;

import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.settings.Theme;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #13, "A visible focus ring": pressing Tab through the window, each sidebar entry, button, field and table it
 * lands on shows an accent-coloured ring, in the light and the dark theme. Read from the pixels of the window.
 */
class FocusRingTest {

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyKindOfControlTabLandsOnShowsARing(Theme theme) throws Exception {
        var home = Files.createTempDirectory("pinpipe-focus-ring");
        try (var settings = new SettingsStore(AppPaths.under(home).settingsFile())) {
            settings.update(s -> s.withTheme(theme).withLastPane("topics").withStartSandboxOnOpen(false));
        }
        var accent = Color.web(theme == Theme.DARK ? "#1f6feb" : "#0969da");
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            robot.interact(() -> {
                app.stage().setWidth(1280);
                app.stage().setHeight(800);
            });
            var ringed = new LinkedHashMap<String, Boolean>();
            for (int press = 0; press < 40 && ringed.size() < 4; press++) {
                robot.push(KeyCode.TAB);
                var seen = FxRead.get(() -> {
                    var focused = app.scene().getFocusOwner();
                    var kind = kind(focused);
                    return kind == null ? null : Map.entry(kind, ring(app.scene().snapshot(null), focused, accent));
                });
                if (seen != null && !ringed.getOrDefault(seen.getKey(), false)) {
                    ringed.put(seen.getKey(), seen.getValue());
                    Screenshots.save(app.scene(), "focus-ring-" + theme.name().toLowerCase() + "-" + seen.getKey().replace(' ', '-'));
                }
            }
            assertThat(ringed).as("whether a ring shows, by what Tab landed on (" + theme + ")")
                    .containsEntry("sidebar entry", true).containsEntry("button", true)
                    .containsEntry("field", true).containsEntry("table", true);
        }
    }

    private static String kind(Node node) {
        if (node instanceof ToggleButton toggle && toggle.getStyleClass().contains("nav-item")) {
            return "sidebar entry";
        }
        if (node instanceof Button) {
            return "button";
        }
        if (node instanceof TextInputControl) {
            return "field";
        }
        if (node instanceof TableView<?>) {
            return "table";
        }
        return null;
    }

    /**
     * Whether the accent colour frames the node: just outside its edges; just inside for a sidebar entry; either for a
     * table, whose ring is its border (grey without focus).
     */
    private static boolean ring(WritableImage image, Node node, Color accent) {
        var b = node.localToScene(node.getBoundsInLocal());
        var inside = node.getStyleClass().contains("nav-item");
        var from = inside || node instanceof TableView<?> ? -2 : 0;
        var to = inside ? 0 : 3;
        var pixels = image.getPixelReader();
        var midX = (int) b.getCenterX();
        var midY = (int) b.getCenterY();
        var found = 0;
        for (var edge : new int[][]{{(int) b.getMinX(), midY, -1, 0}, {(int) Math.ceil(b.getMaxX()) - 1, midY, 1, 0},
                {midX, (int) Math.ceil(b.getMaxY()) - 1, 0, 1}}) {
            for (int step = from; step <= to; step++) {
                var x = edge[0] + edge[2] * step;
                var y = edge[1] + edge[3] * step;
                if (x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight() && close(pixels.getColor(x, y), accent)) {
                    found++;
                    break;
                }
            }
        }
        return found == 3;
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue()) < 0.25;
    }
}
