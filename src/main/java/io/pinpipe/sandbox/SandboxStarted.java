package io.pinpipe.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sandbox broker that answers on {@code bootstrap}.
 *
 * @param note           something the user should know, such as the port that replaced a busy 9092
 * @param alreadyRunning true when an earlier start (maybe by another process) had already started it
 * @param took           how long this start waited
 */
public record SandboxStarted(String bootstrap, long pid, Instant since, Optional<String> note,
                             boolean alreadyRunning, Duration took) {
}
