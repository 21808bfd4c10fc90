package io.pinpipe.doctor;

import java.time.Duration;
import java.util.Locale;

/** Durations as people read them: "5 s", "1.5 s", "120 ms". */
final class Seconds {

    private Seconds() {
    }

    static String of(Duration duration) {
        var millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
