package io.pinpipe.sandbox;

import io.pinpipe.settings.AppPaths;

import java.nio.file.Path;
import java.util.List;

/** The broker JVMs of one test's sandbox, found by command line: the last word on "nothing left behind". */
final class SandboxProcesses {

    private SandboxProcesses() {
    }

    static SandboxFiles filesUnder(Path home) {
        return SandboxFiles.under(AppPaths.under(home).sandboxDir());
    }

    static List<ProcessHandle> brokersUnder(Path home) {
        var marker = filesUnder(home).propertiesFile().toString();
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine()
                        .filter(line -> line.contains(BrokerLauncher.MAIN_CLASS) && line.contains(marker))
                        .isPresent())
                .toList();
    }

    /** Stops the sandbox the polite way, then kills whatever a failed test may have left. */
    static void cleanUp(Path home) {
        try {
            new SandboxBroker(AppPaths.under(home)).stop();
        } finally {
            brokersUnder(home).forEach(ProcessHandle::destroyForcibly);
        }
    }
}
