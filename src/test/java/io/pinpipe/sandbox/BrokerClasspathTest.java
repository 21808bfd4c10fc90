package io.pinpipe.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerClasspathTest {

    @TempDir
    Path dir;

    @Test
    void spellsOutTheManifestClassPathOfAJarRelativeToThatJar() throws IOException {
        var lib = Files.createDirectories(dir.resolve("app").resolve("lib"));
        var app = jar(dir.resolve("app").resolve("pinpipe.jar"), "lib/kafka.jar lib/with%20space.jar lib/missing.jar");
        var kafka = jar(lib.resolve("kafka.jar"), "scala.jar");
        var scala = jar(lib.resolve("scala.jar"), null);
        var spaced = jar(lib.resolve("with space.jar"), null);
        var classes = Files.createDirectories(dir.resolve("classes"));

        var classpath = BrokerClasspath.of(app + File.pathSeparator + classes);

        assertThat(classpath.entries()).containsExactly(app, kafka, scala, spaced, classes);
    }

    @Test
    void followsAbsoluteFileUrlsAsSurefiresBooterJarWritesThem() throws IOException {
        var dependency = jar(dir.resolve("repo").resolve("dep.jar"), null);
        var booter = jar(dir.resolve("booter.jar"), dependency.toUri().toString());

        assertThat(BrokerClasspath.of(booter.toString()).entries()).containsExactly(booter, dependency);
    }

    @Test
    void listsEachEntryOnceEvenWhenJarsNameEachOther() throws IOException {
        var first = dir.resolve("first.jar");
        var second = jar(dir.resolve("second.jar"), "first.jar");
        jar(first, "second.jar");

        var classpath = BrokerClasspath.of(first + File.pathSeparator + second);

        assertThat(classpath.entries()).containsExactly(first, second);
        assertThat(classpath.joined()).isEqualTo(first + File.pathSeparator + second);
    }

    @Test
    void theTestRunsOwnClasspathHoldsTheBrokerMainAndKafka() {
        var entries = BrokerClasspath.ofCurrentProcess().entries().stream().map(Path::toString).toList();

        assertThat(entries).anyMatch(entry -> entry.endsWith("classes"));
        assertThat(entries).anyMatch(entry -> entry.contains("kafka_2.13"));
        assertThat(entries).anyMatch(entry -> entry.contains("kafka-server-"));
    }

    private static Path jar(Path path, String classPath) throws IOException {
        Files.createDirectories(path.getParent());
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (var out = new JarOutputStream(Files.newOutputStream(path), manifest)) {
            out.flush();
        }
        return path.toAbsolutePath().normalize();
    }
}
