package io.pinpipe.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The collector's pauses in this JVM, so a long wait of the FX thread can be told from a collection that stopped
 * every thread (in a benchmark whose broker shares the heap, its collections count too).
 */
final class GcPauses implements AutoCloseable {

    /** Pauses that ended in a window: how many, their sum and the longest, in ms. */
    record Summary(int count, long totalMillis, long longestMillis) {
    }

    private record Pause(long endedNanos, long millis) {
    }

    private final List<Pause> pauses = new ArrayList<>();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            // Each notification is a collection that stopped the application (G1's concurrent cycles are not reported).
            synchronized (pauses) {
                pauses.add(new Pause(System.nanoTime(), info.getGcInfo().getDuration()));
            }
        }
    };

    GcPauses() {
        ManagementFactory.getGarbageCollectorMXBeans().forEach(bean -> ((NotificationEmitter) bean)
                .addNotificationListener(listener, null, null));
    }

    /** The pauses that ended after {@code fromNanos} (System.nanoTime()) until now. */
    Summary since(long fromNanos) {
        synchronized (pauses) {
            var window = pauses.stream().filter(pause -> pause.endedNanos() >= fromNanos).toList();
            return new Summary(window.size(), window.stream().mapToLong(Pause::millis).sum(),
                    window.stream().mapToLong(Pause::millis).max().orElse(0));
        }
    }

    @Override
    public void close() throws Exception {
        for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) bean).removeNotificationListener(listener);
        }
    }
}
