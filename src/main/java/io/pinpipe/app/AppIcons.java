package io.pinpipe.app;

import javafx.scene.image.Image;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The application icon from {@code icons/}, in the sizes window managers and docks ask for. */
final class AppIcons {

    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256, 512);

    private AppIcons() {
    }

    static List<Image> all() {
        return SIZES.stream().map(AppIcons::ofSize).toList();
    }

    static Image ofSize(int size) {
        var resource = Objects.requireNonNull(AppIcons.class.getResource("icons/pinpipe-" + size + ".png"),
                "icon of size " + size);
        return new Image(resource.toExternalForm());
    }

    static Stream<Integer> sizes() {
        return SIZES.stream();
    }
}
