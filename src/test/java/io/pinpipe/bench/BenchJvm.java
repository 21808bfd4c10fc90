package io.pinpipe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a main class in a fresh JVM on this JVM's class path with the same heap, and hands back what it printed. */
final class BenchJvm {

    static final List<String> HEAP = List.of("-Xms512m", "-Xmx512m");

    private BenchJvm() {
    }

    static List<String> run(Path workDir, Map<String, String> env, String mainClass, List<String> args) {
        return run(workDir, env, mainClass, args, System.getProperty("java.class.path"));
    }

    /** The same on another class path (another build of the app, say). */
    static List<String> run(Path workDir, Map<String, String> env, String mainClass, List<String> args, String classPath) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HEAP);
        // For profiling each side, e.g. BENCH_JVM_OPTS=-XX:StartFlightRecording=filename=/tmp/{main}.jfr
        var extra = System.getenv().getOrDefault("BENCH_JVM_OPTS", "").strip()
                .replace("{main}", mainClass.substring(mainClass.lastIndexOf('.') + 1));
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        try {
            var output = Files.createTempFile(workDir, "jvm-", ".out");
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .directory(workDir.toFile());
            builder.environment().putAll(env);
            var process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(mainClass + " did not finish within 15 minutes");
            }
            var lines = Files.readAllLines(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(mainClass + " exited with " + process.exitValue() + ":"
                        + "\n" + String.join("\n", lines));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
