package io.pinpipe.emulator;

import java.util.function.LongSupplier;

/** Events per second over the last second, in ten buckets so a reading does not jump at each second's edge. */
final class RateMeter {

    private static final int BUCKETS = 10;
    /** One more slot than the second needs: the bucket still filling takes one. */
    private static final int SLOTS = BUCKETS + 1;
    private static final long BUCKET_NANOS = 100_000_000L;

    private final LongSupplier clock;
    private final long[] counts = new long[SLOTS];
    private final long[] bucketOf = new long[SLOTS];

    RateMeter(LongSupplier clock) {
        this.clock = clock;
    }

    synchronized void record() {
        var bucket = clock.getAsLong() / BUCKET_NANOS;
        var slot = (int) Math.floorMod(bucket, (long) SLOTS);
        if (bucketOf[slot] != bucket) {
            bucketOf[slot] = bucket;
            counts[slot] = 0;
        }
        counts[slot]++;
    }

    synchronized double perSecond() {
        var current = clock.getAsLong() / BUCKET_NANOS;
        long total = 0;
        // The current bucket is still filling, so the last ten complete ones make the second.
        for (int i = 0; i < SLOTS; i++) {
            if (bucketOf[i] < current && bucketOf[i] >= current - BUCKETS) {
                total += counts[i];
            }
        }
        return total;
    }
}
