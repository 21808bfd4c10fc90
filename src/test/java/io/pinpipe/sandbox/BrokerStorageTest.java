package io.pinpipe.sandbox;

import kafka.tools.StorageTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The cluster id a sandbox's own broker reports, read from its storage. */
class BrokerStorageTest {

    @TempDir
    Path sandboxDir;

    @Test
    void itsOwnClusterIdIsTheOneTheFormatWrote() throws Exception {
        var files = SandboxFiles.under(sandboxDir);
        var storage = new BrokerStorage(files);
        var id = storage.clusterId();

        format(files, id);
        Files.writeString(files.clusterIdFile(), "a-stale-id-the-format-never-saw\n");

        assertThat(storage.isFormatted()).isTrue();
        assertThat(storage.ownClusterId()).contains(id);
    }

    @Test
    void beforeTheFormatItIsTheIdKeptForIt() {
        var storage = new BrokerStorage(SandboxFiles.under(sandboxDir));
        assertThat(storage.ownClusterId()).isEmpty();

        var id = storage.clusterId();

        assertThat(storage.ownClusterId()).contains(id);
        assertThat(storage.clusterId()).isEqualTo(id);
    }

    /** As the broker process formats its storage on first use. */
    private static void format(SandboxFiles files, String clusterId) {
        new BrokerProperties(files.dataDir(), PortPicker.anyFree(), PortPicker.anyFree()).writeTo(files.propertiesFile());
        var output = new ByteArrayOutputStream();
        var status = StorageTool.execute(new String[] {"format", "--config", files.propertiesFile().toString(),
                "--cluster-id", clusterId, "--ignore-formatted"}, new PrintStream(output, true, StandardCharsets.UTF_8));
        assertThat(status).as(output.toString(StandardCharsets.UTF_8)).isZero();
    }
}
