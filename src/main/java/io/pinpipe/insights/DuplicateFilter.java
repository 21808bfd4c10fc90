package io.pinpipe.insights;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.Set;

/**
 * Remembers each distinct row of a data set by a 128-bit hash of its canonical bytes (about 60 bytes a row on the
 * heap), so that exact duplicates are dropped as Spark's {@code dropDuplicates()} drops them.
 */
final class DuplicateFilter {

    private record Hash(long high, long low) {
    }

    private final Set<Hash> seen = new HashSet<>();
    private final MessageDigest digest;

    DuplicateFilter() {
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no MD5", e);
        }
    }

    /** @return true the first time these bytes are seen */
    boolean firstTime(byte[] canonical) {
        var bytes = digest.digest(canonical);
        return seen.add(new Hash(longAt(bytes, 0), longAt(bytes, 8)));
    }

    int size() {
        return seen.size();
    }

    void clear() {
        seen.clear();
    }

    private static long longAt(byte[] bytes, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = (value << 8) | (bytes[i] & 0xff);
        }
        return value;
    }
}
