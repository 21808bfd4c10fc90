package io.pinpipe.sandbox;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A random generator for one purpose of one row, so any row can be made on its own (random access) and
 * a change to one table's columns never shifts the values of another.
 */
final class RowRandom {

    static final long PIN = 1;
    static final long GEO = 2;
    static final long USER = 3;
    static final long REPEAT = 4;
    static final long FOLLOWERS = 5;

    private RowRandom() {
    }

    /** The SplittableRandom algorithm has been fixed since Java 8; the mixing below is ours and fixed too. */
    static SplittableRandom of(long seed, long key, long purpose) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h + key * 0xBF58476D1CE4E5B9L);
        return new SplittableRandom(mix(h + purpose * 0x94D049BB133111EBL));
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static boolean chance(SplittableRandom random, double share) {
        return random.nextDouble() < share;
    }

    /** MurmurHash3's 64-bit finaliser: neighbouring seeds and ids end up far apart. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
