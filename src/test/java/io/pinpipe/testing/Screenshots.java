package io.pinpipe.testing;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxToolkit;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes what a scene shows to target/screenshots/NAME.png, so a person can look at the views. */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path save(Scene scene, String name) throws Exception {
        var image = FxToolkit.setupFixture(() -> scene.snapshot(null));
        var folder = Path.of(System.getProperty("pinpipe.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        var file = folder.resolve(name + ".png");
        ImageIO.write(toBuffered(image), "png", file.toFile());
        return file;
    }

    private static BufferedImage toBuffered(WritableImage image) {
        var width = (int) image.getWidth();
        var height = (int) image.getHeight();
        var buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        return buffered;
    }
}
