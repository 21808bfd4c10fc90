package io.pinpipe.emulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads events, and while the database is away says so and tries again with a growing pause, until it is back. */
final class SourceReader {

    private static final Logger log = LoggerFactory.getLogger(SourceReader.class);
    private static final long FIRST_RETRY_MILLIS = 500;
    private static final long LAST_RETRY_MILLIS = 10_000;

    private final RowSource source;
    private final RunControl control;
    private final Consumer<EmulatorState> states;

    SourceReader(RowSource source, RunControl control, Consumer<EmulatorState> states) {
        this.source = source;
        this.control = control;
        this.states = states;
    }

    /** The events for {@code ids}; empty only when the run was stopped while the database was away. */
    Optional<List<EmulatorEvent>> read(List<Integer> ids) {
        var backoff = FIRST_RETRY_MILLIS;
        var unavailable = false;
        while (true) {
            try {
                var events = ids.size() == 1 ? List.of(source.read(ids.get(0))) : source.read(ids);
                if (unavailable) {
                    log.info("The source is back");
                    states.accept(control.paused() ? new EmulatorState.Paused() : new EmulatorState.Running());
                }
                return Optional.of(events);
            } catch (SQLException e) {
                var retryIn = Duration.ofMillis(backoff);
                log.warn("Cannot read the source; retrying in {}", retryIn, e);
                unavailable = true;
                states.accept(new EmulatorState.SourceUnavailable(source.describe(e), retryIn));
                if (control.sleepUntil(System.nanoTime() + retryIn.toNanos(), false) == RunControl.Wake.STOPPED) {
                    return Optional.empty();
                }
                backoff = Math.min(backoff * 2, LAST_RETRY_MILLIS);
            }
        }
    }
}
