package io.pinpipe.bench;

import io.pinpipe.sandbox.LoadProgress;
import io.pinpipe.sandbox.SampleDatabase;
import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.sandbox.SandboxOptions;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.testing.PortRetry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A benchmark's own Pinpipe home in a temporary folder: the sandbox broker started away from 9092 and the
 * sample database created. Closing stops the broker and deletes the folder.
 */
record BenchSandbox(Path work, Path home, SampleDatabase database, SandboxBroker broker, String bootstrap)
        implements AutoCloseable {

    static BenchSandbox start() throws IOException {
        var work = Files.createTempDirectory("pinpipe-bench-");
        var home = work.resolve("home");
        var paths = AppPaths.under(home).ensureExist();
        // Not 9092, which may be the user's own broker; the sandbox takes another port if this one is busy.
        var broker = new SandboxBroker(paths, SandboxOptions.defaults().withPreferredPort(PortRetry.candidate()));
        System.out.println(Machine.describe());
        try {
            var bootstrap = broker.start().bootstrap();
            var database = new SampleDatabase(paths);
            database.ensureCreated(LoadProgress.NONE, () -> false);
            return new BenchSandbox(work, home, database, broker, bootstrap);
        } catch (RuntimeException e) {
            broker.stop();
            EmulatorVsProducer.deleteQuietly(work);
            throw e;
        }
    }

    @Override
    public void close() {
        broker.stop();
        EmulatorVsProducer.deleteQuietly(work);
    }
}
