package io.pinpipe.insights;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Apache Spark in local mode, in a JVM of its own: the side project {@code spark/pom.xml}'s class path (resolved
 * once with Maven and cached in {@code target/spark.classpath}) and the runner {@code src/test/spark/SparkSqlRun.java}
 * in Java's source-file mode. Spark never reaches this JVM's class path.
 */
final class SparkLocal {

    static final List<String> ADD_OPENS = List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED");

    private static final Path PROJECT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();

    private SparkLocal() {
    }

    /** Spark's class path: cached, or resolved now with {@code mvn dependency:build-classpath} (online if needed). */
    static String classpath() throws IOException, InterruptedException {
        var pom = PROJECT.resolve("spark/pom.xml");
        var cached = PROJECT.resolve("target/spark.classpath");
        if (Files.isRegularFile(cached) && Files.size(cached) > 0
                && Files.getLastModifiedTime(cached).compareTo(Files.getLastModifiedTime(pom)) >= 0) {
            return Files.readString(cached).strip();
        }
        Files.createDirectories(cached.getParent());
        var log = Files.createTempFile("spark-classpath", ".log");
        var mvn = new ProcessBuilder("mvn", "-B", "-q", "-f", pom.toString(), "dependency:build-classpath",
                "-Dmdep.outputFile=" + cached).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!mvn.waitFor(10, TimeUnit.MINUTES) || mvn.exitValue() != 0) {
            mvn.destroyForcibly();
            throw new IllegalStateException("Could not resolve spark/pom.xml's class path:\n" + Files.readString(log));
        }
        return Files.readString(cached).strip();
    }

    /** Runs the runner over the exported files, with {@code from} replaced by {@code to} in every read path; stdout. */
    static List<String> run(String from, String to, List<Path> exported, Duration timeout) throws Exception {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ADD_OPENS);
        command.add("-Xmx1g");
        // West of UTC, so a notebook that left Spark's session time zone to the machine would get other years.
        command.add("-Duser.timezone=America/Lima");
        command.add("-cp");
        command.add(classpath());
        command.add(PROJECT.resolve("src/test/spark/SparkSqlRun.java").toString());
        command.add(from);
        command.add(to);
        exported.forEach(file -> command.add(file.toString()));
        var out = Files.createTempFile("spark-run", ".out");
        var err = Files.createTempFile("spark-run", ".err");
        var process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Spark did not finish within " + timeout + ":\n" + tail(err));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Spark failed (exit " + process.exitValue() + "):\n" + tail(err));
            }
            return Files.readAllLines(out, StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
        }
    }

    private static String tail(Path file) throws IOException {
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
