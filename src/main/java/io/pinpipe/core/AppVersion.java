package io.pinpipe.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven stamped into the jar. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        try (var in = AppVersion.class.getResourceAsStream("version.properties")) {
            var properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
