package io.pinpipe.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Locale;

/** One line about where a figure was measured: cores, memory, JDK, OS and date. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "machine: %d cores, %.1f GiB memory, JDK %s (%s), %s %s, %s",
                Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.version"), LocalDate.now());
    }
}
