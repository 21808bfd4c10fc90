package io.pinpipe.bench;

import io.pinpipe.emulator.EmulatorEvent;
import io.pinpipe.emulator.EmulatorStats;
import io.pinpipe.emulator.EventSink;

/** A sink that takes every row at once: what is left to measure is the source and the engine. */
final class CountingSink implements EventSink {

    private final EmulatorStats stats;

    CountingSink(EmulatorStats stats) {
        this.stats = stats;
    }

    @Override
    public void send(EmulatorEvent event) {
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
    }
}
