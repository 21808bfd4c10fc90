package io.pinpipe.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The newest events for a live view: a bounded buffer the engine fills and the view drains a few times a
 * second. When full, the oldest event gives way; the view shows the newest rows and is never a brake on the run.
 */
public final class EventBuffer implements EmulatorListener {

    private final BlockingQueue<EmulatorEvent> events;

    public EventBuffer(int capacity) {
        this.events = new ArrayBlockingQueue<>(capacity);
    }

    @Override
    public void sampled(EmulatorEvent event) {
        while (!events.offer(event)) {
            events.poll();
        }
    }

    /** Everything buffered since the last call, oldest first. */
    public List<EmulatorEvent> drain() {
        var drained = new ArrayList<EmulatorEvent>();
        events.drainTo(drained);
        return drained;
    }
}
