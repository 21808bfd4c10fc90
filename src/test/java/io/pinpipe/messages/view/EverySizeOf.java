package io.pinpipe.messages.view;

import io.pinpipe.testing.LayoutCheck;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * The Messages pane in one state at the window's minimum 900x600, at 1024x700 and at 1280x800, light and dark, as
 * EverySizeTest checks every pane: what would be cut or outside the window, and a picture of each.
 */
final class EverySizeOf {

    private static final List<int[]> SIZES = List.of(new int[]{900, 600}, new int[]{1024, 700}, new int[]{1280, 800});

    private EverySizeOf() {
    }

    static List<String> problems(RunningApp app, String state) throws Exception {
        var problems = new ArrayList<String>();
        for (var size : SIZES) {
            FxToolkit.setupFixture(() -> {
                app.stage().setWidth(size[0]);
                app.stage().setHeight(size[1]);
            });
            for (var theme : List.of("light", "dark")) {
                WaitForAsyncUtils.waitForFxEvents(5);
                var name = "pane-fit-%s-%dx%d-%s".formatted(state, size[0], size[1], theme);
                problems.addAll(LayoutCheck.problems(app.scene(), name));
                Screenshots.save(app.scene(), name);
                app.robot().clickOn("#theme-switch");
            }
        }
        FxToolkit.setupFixture(() -> {
            app.stage().setWidth(1280);
            app.stage().setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        return problems;
    }
}
