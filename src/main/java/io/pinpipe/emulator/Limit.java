package io.pinpipe.emulator;

import java.time.Duration;

/** When a run ends by itself: after a number of events, after a while, or never (until stopped). */
public sealed interface Limit {

    boolean reached(long events, Duration elapsed);

    record Count(long events) implements Limit {
        public Count {
            if (events < 1) {
                throw new IllegalArgumentException("The count of events must be at least 1, not " + events);
            }
        }

        @Override
        public boolean reached(long done, Duration elapsed) {
            return done >= events;
        }
    }

    record Within(Duration duration) implements Limit {
        public Within {
            if (duration.isNegative() || duration.isZero()) {
                // Said as the command line and the pane take it (5s), not as ISO-8601 (PT5S).
                var millis = duration.toMillis();
                throw new IllegalArgumentException("The duration must be positive, not "
                        + (millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms"));
            }
        }

        @Override
        public boolean reached(long done, Duration elapsed) {
            return elapsed.compareTo(duration) >= 0;
        }
    }

    record None() implements Limit {
        @Override
        public boolean reached(long done, Duration elapsed) {
            return false;
        }
    }
}
