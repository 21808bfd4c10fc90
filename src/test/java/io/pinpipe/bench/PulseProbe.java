package io.pinpipe.bench;

import javafx.animation.AnimationTimer;

import java.util.ArrayList;
import java.util.List;

/**
 * The time between one JavaFX pulse and the next, as an animation sees it: how smoothly the window would move. Start
 * it on the FX thread; {@link #takeGaps()} from any thread hands over the gaps since the last call.
 */
final class PulseProbe extends AnimationTimer {

    private final List<Long> gaps = new ArrayList<>();
    private long last;

    @Override
    public void handle(long now) {
        synchronized (gaps) {
            if (last != 0) {
                gaps.add(now - last);
            }
            last = now;
        }
    }

    /** The gaps (ns) since the last call, and forgets them. */
    List<Long> takeGaps() {
        synchronized (gaps) {
            var taken = List.copyOf(gaps);
            gaps.clear();
            return taken;
        }
    }

    /** The value that {@code fraction} of the values do not exceed (0 for none). */
    static double percentile(List<Long> values, double fraction) {
        if (values.isEmpty()) {
            return 0;
        }
        var sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(fraction * sorted.size()) - 1));
    }

    static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
