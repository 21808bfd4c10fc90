package io.pinpipe.insights;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.Set;

/**
 * The message values a data set has already had, byte for byte, by a 128-bit hash (MurmurHash3 x64/128): the emulator
 * resends the same rows as the same bytes, so almost every message is known here before it is parsed at all. A value
 * seen before is an exact duplicate row; a new value may still be a duplicate in another spelling, which
 * {@link DuplicateFilter} decides after parsing.
 */
final class SeenBytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private record Hash(long high, long low) {
    }

    private final Set<Hash> seen = new HashSet<>();

    /** @return true when exactly these bytes were added before */
    boolean contains(byte[] value) {
        return seen.contains(hash(value));
    }

    void add(byte[] value) {
        seen.add(hash(value));
    }

    void clear() {
        seen.clear();
    }

    private static Hash hash(byte[] data) {
        long h1 = 0;
        long h2 = 0;
        int blocks = data.length / 16;
        for (int i = 0; i < blocks; i++) {
            long k1 = (long) LONGS.get(data, i * 16);
            long k2 = (long) LONGS.get(data, i * 16 + 8);
            h1 ^= mixK1(k1);
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= mixK2(k2);
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        long k1 = 0;
        long k2 = 0;
        int tail = blocks * 16;
        for (int i = data.length - 1; i >= tail; i--) {
            int at = i - tail;
            long b = data[i] & 0xffL;
            if (at >= 8) {
                k2 |= b << ((at - 8) * 8);
            } else {
                k1 |= b << (at * 8);
            }
        }
        if (data.length - tail > 8) {
            h2 ^= mixK2(k2);
        }
        if (data.length - tail > 0) {
            h1 ^= mixK1(k1);
        }
        h1 ^= data.length;
        h2 ^= data.length;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
        return new Hash(h1, h2);
    }

    private static long mixK1(long k1) {
        return Long.rotateLeft(k1 * C1, 31) * C2;
    }

    private static long mixK2(long k2) {
        return Long.rotateLeft(k2 * C2, 33) * C1;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb93fe53a2e53L;
        k ^= k >>> 33;
        return k;
    }
}
