package io.pinpipe.emulator;

import java.util.Random;

/** Random ids in {@code [0, rowCount)}; the same seed gives the same ids, as the original's seed 100 did. */
public final class IdSampler {

    public static final long DEFAULT_SEED = 100;

    private final Random random;
    private final int rowCount;

    public IdSampler(long seed, int rowCount) {
        if (rowCount < 1) {
            throw new IllegalArgumentException("Cannot sample ids from " + rowCount + " rows");
        }
        this.random = new Random(seed);
        this.rowCount = rowCount;
    }

    public int next() {
        return random.nextInt(rowCount);
    }
}
