package io.pinpipe.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A broker of its own, for a test that would slow the shared one down for everybody (10,000 topics, say).
 * Its data lives in memory where the machine allows, since creating a partition costs an fsync on disk.
 */
public final class PrivateKafka implements AutoCloseable {

    private static final Path MEMORY = Path.of("/dev/shm");
    private static final long ENOUGH_MEMORY = 512L * 1024 * 1024;

    private final InProcessKafka kafka;

    private PrivateKafka(InProcessKafka kafka) {
        this.kafka = kafka;
    }

    public static PrivateKafka start() {
        return new PrivateKafka(InProcessKafka.start(dataParent()));
    }

    public KafkaBroker broker() {
        return kafka.broker();
    }

    @Override
    public void close() throws Exception {
        kafka.close();
    }

    private static Path dataParent() {
        try {
            if (Files.isDirectory(MEMORY) && Files.isWritable(MEMORY)
                    && Files.getFileStore(MEMORY).getUsableSpace() > ENOUGH_MEMORY) {
                return MEMORY.resolve("pinpipe-private-kafka");
            }
        } catch (IOException e) {
            // No usable memory file system: the disk is slower but works.
        }
        return Path.of("target", "private-kafka");
    }
}
