package io.pinpipe.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerLogTailTest {

    @TempDir
    Path dir;

    @Test
    void showsTheConsoleThenWhatTheLogGainedSinceTheMark() throws Exception {
        var files = new SandboxFiles(dir);
        Files.writeString(files.brokerLog(), "an earlier start\n");
        var tail = BrokerLogTail.markedNow(files);

        Files.writeString(files.consoleLog(), "Picked up something\n");
        Files.writeString(files.brokerLog(), "this start\n", StandardOpenOption.APPEND);

        assertThat(tail.lines()).containsExactly("Picked up something", "this start");
    }

    @Test
    void keepsTheLastFortyLines() throws Exception {
        var files = new SandboxFiles(dir);
        var tail = BrokerLogTail.markedNow(files);

        Files.write(files.brokerLog(), IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).toList());

        assertThat(tail.lines()).hasSize(BrokerLogTail.LINES).startsWith("line 61").endsWith("line 100");
    }

    @Test
    void shortensStackTraces() {
        var lines = List.of("ERROR boom", "java.lang.IllegalStateException: boom", "\tat a.A.a(A.java:1)",
                "\tat b.B.b(B.java:2)", "\tat c.C.c(C.java:3)", "\tat d.D.d(D.java:4)", "\tat e.E.e(E.java:5)",
                "INFO later");

        assertThat(BrokerLogTail.shortenStackTraces(lines)).containsExactly("ERROR boom",
                "java.lang.IllegalStateException: boom", "\tat a.A.a(A.java:1)", "\tat b.B.b(B.java:2)",
                "\tat c.C.c(C.java:3)", "\t... 2 more", "INFO later");
    }
}
