package io.pinpipe.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Forks the broker JVM: same Java, same jars, its own heap, logging and main class. */
final class BrokerLauncher {

    static final String MAIN_CLASS = BrokerMain.class.getName();
    static final String LOGBACK_CONFIG = "io/pinpipe/sandbox/broker-logback.xml";
    // Enough for a sandbox with a cleaner buffer of 4 MiB; measured peak use is far below it.
    static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true");

    private final Path javaExecutable;
    private final BrokerClasspath classpath;

    BrokerLauncher(Path javaExecutable, BrokerClasspath classpath) {
        this.javaExecutable = javaExecutable;
        this.classpath = classpath;
    }

    static BrokerLauncher forCurrentProcess() {
        var windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        var java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        return new BrokerLauncher(java, BrokerClasspath.ofCurrentProcess());
    }

    Path javaExecutable() {
        return javaExecutable;
    }

    List<String> command(SandboxFiles files, Optional<String> formatWithClusterId) {
        var command = new ArrayList<String>();
        command.add(javaExecutable.toString());
        command.addAll(JVM_OPTIONS);
        // Wins over the logback.xml of the app that is on the same classpath.
        command.add("-Dlogback.configurationFile=" + LOGBACK_CONFIG);
        command.add("-Dpinpipe.broker.log=" + files.brokerLog());
        command.add(MAIN_CLASS);
        command.add(files.propertiesFile().toString());
        formatWithClusterId.ifPresent(command::add);
        return command;
    }

    Process launch(SandboxFiles files, Optional<String> formatWithClusterId) throws IOException {
        Files.createDirectories(files.root());
        var builder = new ProcessBuilder(command(files, formatWithClusterId))
                .directory(files.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(files.consoleLog().toFile()));
        var environment = builder.environment();
        // The classpath goes through the environment so the command line stays short and recognisable.
        environment.put("CLASSPATH", classpath.joined());
        // Options meant for the app (a debugger agent, a heap size) must not leak into the broker.
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("JDK_JAVA_OPTIONS");
        var process = builder.start();
        // Nothing is ever written to its stdin; closing it now means no pipe outlives the parent.
        process.getOutputStream().close();
        return process;
    }
}
