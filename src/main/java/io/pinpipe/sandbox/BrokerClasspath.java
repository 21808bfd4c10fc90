package io.pinpipe.sandbox;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The classpath of the broker JVM: the one this process runs with, where a jar's manifest {@code Class-Path}
 * (as in {@code java -jar pinpipe.jar}, or Surefire's booter jar) is spelled out entry by entry.
 */
record BrokerClasspath(List<Path> entries) {

    BrokerClasspath {
        entries = List.copyOf(entries);
    }

    /** Set by {@code mvn javafx:run}, whose launcher leaves the Scala jars off the class path: a file of entries. */
    static final String EXTRA_FILE_PROPERTY = "pinpipe.broker.classpathFile";

    /**
     * Class path, module path and any extra entries together: {@code mvn javafx:run} puts jars that name a
     * module (Kafka's among them) on the module path, but the broker's split packages need a class path.
     */
    static BrokerClasspath ofCurrentProcess() {
        var parts = new ArrayList<String>();
        for (var property : List.of("java.class.path", "jdk.module.path")) {
            var value = System.getProperty(property, "");
            if (!value.isBlank()) {
                parts.add(value);
            }
        }
        extraEntries().ifPresent(parts::add);
        return of(String.join(File.pathSeparator, parts));
    }

    private static java.util.Optional<String> extraEntries() {
        var file = System.getProperty(EXTRA_FILE_PROPERTY, "");
        if (file.isBlank() || !Files.isRegularFile(Path.of(file))) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Files.readString(Path.of(file)).strip());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    static BrokerClasspath of(String classPath) {
        var found = new LinkedHashSet<Path>();
        for (var entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                add(Path.of(entry).toAbsolutePath().normalize(), found);
            }
        }
        return new BrokerClasspath(new ArrayList<>(found));
    }

    String joined() {
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static void add(Path entry, Set<Path> found) {
        if (!found.add(entry) || !Files.isRegularFile(entry)) {
            return;
        }
        for (var reference : manifestClassPath(entry)) {
            try {
                // Manifest entries are URLs relative to the jar that names them.
                var resolved = Path.of(entry.toUri().resolve(asUri(reference))).normalize();
                if (Files.exists(resolved)) {
                    add(resolved, found);
                }
            } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
                // A malformed or non-file entry is skipped, as the JVM itself skips it.
            }
        }
    }

    private static URI asUri(String reference) throws URISyntaxException {
        try {
            return new URI(reference);
        } catch (URISyntaxException e) {
            // Hand-written manifests sometimes leave characters unencoded.
            return new URI(null, null, reference, null);
        }
    }

    private static List<String> manifestClassPath(Path jar) {
        try (var file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            var value = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            return value == null || value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
        } catch (IOException e) {
            return List.of();
        }
    }
}
