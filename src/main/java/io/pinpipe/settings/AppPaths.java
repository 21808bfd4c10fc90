package io.pinpipe.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Pinpipe keeps its settings (config) and its data (logs, sandbox broker, sample database).
 * {@code PINPIPE_HOME} (or the system property {@code pinpipe.home}) puts both under one folder, which
 * is how tests and portable installs isolate themselves from the user's real files.
 */
public record AppPaths(Path configDir, Path dataDir) {

    public static final String HOME_VARIABLE = "PINPIPE_HOME";
    public static final String HOME_PROPERTY = "pinpipe.home";

    public static AppPaths fromEnvironment() {
        return resolve(System.getenv(), System.getProperty(HOME_PROPERTY),
                System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** Under one explicit folder: {@code home/config} and {@code home/data}. */
    public static AppPaths under(Path home) {
        var absolute = home.toAbsolutePath().normalize();
        return new AppPaths(absolute.resolve("config"), absolute.resolve("data"));
    }

    static AppPaths resolve(Map<String, String> env, String homeProperty, String osName, Path userHome) {
        var explicit = Optional.ofNullable(homeProperty).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(env.get(HOME_VARIABLE)).filter(s -> !s.isBlank()));
        if (explicit.isPresent()) {
            return under(Path.of(explicit.get()));
        }
        var os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            var appData = Optional.ofNullable(env.get("APPDATA")).map(Path::of)
                    .orElse(userHome.resolve("AppData").resolve("Roaming"));
            var localAppData = Optional.ofNullable(env.get("LOCALAPPDATA")).map(Path::of)
                    .orElse(userHome.resolve("AppData").resolve("Local"));
            return new AppPaths(appData.resolve("Pinpipe"), localAppData.resolve("Pinpipe"));
        }
        if (os.contains("mac")) {
            var support = userHome.resolve("Library").resolve("Application Support").resolve("Pinpipe");
            return new AppPaths(support, support);
        }
        var config = xdg(env, "XDG_CONFIG_HOME", userHome.resolve(".config"));
        var data = xdg(env, "XDG_DATA_HOME", userHome.resolve(".local").resolve("share"));
        return new AppPaths(config.resolve("pinpipe"), data.resolve("pinpipe"));
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        return Optional.ofNullable(env.get(name)).filter(s -> !s.isBlank()).map(Path::of).orElse(fallback);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path sandboxDir() {
        return dataDir.resolve("sandbox");
    }

    public Path settingsFile() {
        return configDir.resolve("settings.json");
    }

    /** Creates both folders; the first call in any entry point makes sure they exist. */
    public AppPaths ensureExist() {
        try {
            Files.createDirectories(configDir);
            Files.createDirectories(dataDir);
            return this;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create Pinpipe's folders under " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
