package io.pinpipe.emulator.view;

import io.pinpipe.settings.EmulatorChoices;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Where the Emulator's settings of the last run are kept between sessions; {@code last} gives null when nothing is. */
public record RunMemory(Supplier<EmulatorChoices> last, Consumer<EmulatorChoices> remember) {

    public static final RunMemory NONE = new RunMemory(() -> null, choices -> { });
}
