package io.pinpipe.emulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sink that keeps what it is given and acknowledges every row at once, for tests of the engine alone. */
final class RecordingSink implements EventSink {

    private final EmulatorStats stats;
    final List<EmulatorEvent> events = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    RecordingSink(EmulatorStats stats) {
        this.stats = stats;
    }

    @Override
    public void send(EmulatorEvent event) {
        events.add(event);
        event.rows().keySet().forEach(table -> {
            stats.sent(table);
            stats.acked(table);
        });
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        closed = true;
    }
}
