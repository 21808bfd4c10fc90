package io.pinpipe.emulator;

import java.util.Random;

/** How fast events are sampled: like the original, at a fixed rate, or as fast as the sink takes them. */
public sealed interface Pacing {

    /** Nanoseconds from the start of the run at which event number {@code index} (from 0) is due. */
    long dueNanos(long index, long previousDueNanos);

    /** How many ids to read from the source at once, at most {@code most}: one at a slow pace. */
    default int idsPerRead(int most) {
        return 1;
    }

    /** A random pause of 0 to 2 seconds before each event, as the original Python loop did. */
    record Original(Random random) implements Pacing {

        public static final long MAX_PAUSE_NANOS = 2_000_000_000L;

        public Original(long seed) {
            this(new Random(seed));
        }

        @Override
        public long dueNanos(long index, long previousDueNanos) {
            return previousDueNanos + (long) (random.nextDouble() * MAX_PAUSE_NANOS);
        }
    }

    /** Evenly spaced from the start, so a slow event is caught up rather than lowering the average rate. */
    record Rate(double eventsPerSecond) implements Pacing {

        public static final double MAX_RATE = 1_000_000;

        public Rate {
            if (!(eventsPerSecond > 0) || eventsPerSecond > MAX_RATE) {
                throw new IllegalArgumentException("A rate must be more than 0 and at most " + (long) MAX_RATE
                        + " events per second, not " + eventsPerSecond);
            }
        }

        @Override
        public long dueNanos(long index, long previousDueNanos) {
            return (long) (index * 1e9 / eventsPerSecond);
        }

        /** About a tenth of a second's worth, so prefetched rows are never stale by much. */
        @Override
        public int idsPerRead(int most) {
            return (int) Math.max(1, Math.min(most, eventsPerSecond / 10));
        }
    }

    record Max() implements Pacing {
        @Override
        public long dueNanos(long index, long previousDueNanos) {
            return 0;
        }

        @Override
        public int idsPerRead(int most) {
            return most;
        }
    }

    /** {@code original}, {@code max}, or a number of events per second such as {@code 50} or {@code 2.5}. */
    static Pacing parse(String text, long seed) {
        var value = text.strip();
        if (value.equalsIgnoreCase("original")) {
            return new Original(seed);
        }
        if (value.equalsIgnoreCase("max")) {
            return new Max();
        }
        try {
            return new Rate(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Pace must be 'original', 'max' or events per second (e.g. 50), not '" + text + "'");
        }
    }
}
