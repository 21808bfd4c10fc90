package io.pinpipe.messages;

import java.time.Clock;

/**
 * What a person types for "where to start", read the same way by the pane and the command line:
 * {@code beginning}/{@code oldest}; {@code end}/{@code newest} (the newest {@code count}); {@code live}/{@code now};
 * an offset ({@code 1200}; {@code 0:100,1:250} per partition); a date-time ({@code 2026-12-07T10:15:00Z},
 * {@code 2026-12-07 10:15}, {@code 2026-12-07} in the local zone); or a time ago ({@code -1h}, {@code -30m},
 * {@code 1 hour ago}, {@code 2 days ago}).
 */
public final class StartPositions {

    private StartPositions() {
    }

    /**
     * @param count what {@code end}/{@code newest} means (the page size)
     * @throws MessageException (INVALID_REQUEST) naming what was not understood and the accepted forms
     */
    public static StartPosition parse(String text, int count, Clock clock) {
        throw new UnsupportedOperationException("helper: engine");
    }
}
