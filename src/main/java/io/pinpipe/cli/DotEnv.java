package io.pinpipe.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code NAME=value} lines of a {@code .env} file, as the original emulator kept its database password; the
 * real environment wins over the file. Read only, never written.
 */
final class DotEnv {

    private DotEnv() {
    }

    static Function<String, String> over(Function<String, String> env, Path file) {
        var values = read(file);
        return name -> {
            var value = env.apply(name);
            return value != null ? value : values.get(name);
        };
    }

    static Map<String, String> read(Path file) {
        var values = new HashMap<String, String>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        try {
            for (var line : Files.readAllLines(file)) {
                var text = line.strip();
                if (text.startsWith("export ")) {
                    text = text.substring("export ".length()).strip();
                }
                var equals = text.indexOf('=');
                if (text.isEmpty() || text.startsWith("#") || equals < 1) {
                    continue;
                }
                values.put(text.substring(0, equals).strip(), unquoted(text.substring(equals + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return values;
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
