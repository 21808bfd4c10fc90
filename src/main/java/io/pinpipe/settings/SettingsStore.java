package io.pinpipe.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Settings as JSON in the config directory. Changes are saved after a short quiet period, because
 * dragging a window produces hundreds of changes a second and only the last one matters.
 */
public final class SettingsStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SettingsStore.class);
    static final Duration DEBOUNCE = Duration.ofMillis(400);

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final AtomicReference<Settings> current;
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "pinpipe-settings-saver");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pendingSave;
    private boolean closed;

    public SettingsStore(Path file) {
        this.file = file;
        this.current = new AtomicReference<>(load(file, json));
    }

    public Settings get() {
        return current.get();
    }

    public Path file() {
        return file;
    }

    /** Applies a change now and saves it soon. */
    public synchronized Settings update(UnaryOperator<Settings> change) {
        var updated = current.updateAndGet(change).completed();
        current.set(updated);
        if (closed) {
            return updated;
        }
        if (pendingSave != null) {
            pendingSave.cancel(false);
        }
        pendingSave = saver.schedule(this::save, DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS);
        return updated;
    }

    /** Writes any pending change before the app exits. */
    public synchronized void flush() {
        if (pendingSave != null && pendingSave.cancel(false)) {
            save();
        }
        pendingSave = null;
    }

    @Override
    public synchronized void close() {
        flush();
        closed = true;
        saver.shutdown();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            var temporary = file.resolveSibling(file.getFileName() + ".tmp");
            json.writeValue(temporary.toFile(), current.get());
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not save settings to {}: {}", file, e.getMessage());
        }
    }

    private static Settings load(Path file, ObjectMapper json) {
        if (!Files.exists(file)) {
            return Settings.defaults();
        }
        try {
            return json.readValue(file.toFile(), Settings.class).completed();
        } catch (IOException | RuntimeException e) {
            // A damaged file must not stop the app from opening; keep it for the curious and start fresh.
            var kept = file.resolveSibling(file.getFileName() + ".damaged");
            log.warn("Settings file {} could not be read ({}); kept as {} and using defaults", file, e.getMessage(), kept);
            try {
                Files.move(file, kept, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                log.warn("Could not keep the damaged settings file: {}", moveFailed.getMessage());
            }
            return Settings.defaults();
        }
    }
}
