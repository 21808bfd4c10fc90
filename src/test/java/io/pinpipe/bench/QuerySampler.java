package io.pinpipe.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How long the Insights reading thread spends in one {@link io.pinpipe.insights.InsightsEngine#snapshot} (the eight
 * queries), told from outside by looking at that thread's stack every {@link #PERIOD_MILLIS} ms: a run of samples
 * inside {@code snapshot} is one snapshot, its time the samples times the period. Snapshots shorter than the period
 * may go unseen; the report says how many were seen.
 */
final class QuerySampler implements AutoCloseable {

    static final long PERIOD_MILLIS = 5;

    private final Thread target;
    private final Thread sampler;
    private final List<Long> millis = new ArrayList<>();
    private volatile boolean closed;

    private QuerySampler(Thread target) {
        this.target = target;
        this.sampler = new Thread(this::sample, "bench-query-sampler");
        sampler.setDaemon(true);
    }

    /** Samples the thread whose name starts with {@code namePrefix}, waiting up to 30 s for it to exist. */
    static QuerySampler of(String namePrefix) throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            var found = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith(namePrefix)).findFirst();
            if (found.isPresent()) {
                var probe = new QuerySampler(found.get());
                probe.sampler.start();
                return probe;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("No thread named " + namePrefix + "… within 30 s: did reading start?");
    }

    private void sample() {
        int inside = 0;
        while (!closed && target.isAlive()) {
            var querying = Arrays.stream(target.getStackTrace()).anyMatch(frame ->
                    frame.getClassName().equals("io.pinpipe.insights.InsightsEngine")
                            && frame.getMethodName().equals("snapshot"));
            if (querying) {
                inside++;
            } else if (inside > 0) {
                synchronized (millis) {
                    millis.add(inside * PERIOD_MILLIS);
                }
                inside = 0;
            }
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The snapshot times seen so far, in ms. */
    List<Long> millis() {
        synchronized (millis) {
            return List.copyOf(millis);
        }
    }

    @Override
    public void close() {
        closed = true;
        sampler.interrupt();
    }
}
