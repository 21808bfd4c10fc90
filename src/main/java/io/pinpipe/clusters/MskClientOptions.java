package io.pinpipe.clusters;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How MSK API calls are made: an endpoint override (a local or private endpoint), and the SDK's retry
 * policy for throttling and server errors: {@code maxAttempts} tries with exponential backoff from
 * {@code baseDelay}.
 */
public record MskClientOptions(Optional<URI> endpoint, int maxAttempts, Duration baseDelay, Duration callTimeout) {

    public static final MskClientOptions DEFAULTS = new MskClientOptions(Optional.empty(), 4, Duration.ofMillis(500),
            Duration.ofSeconds(60));

    public MskClientOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public MskClientOptions withEndpoint(Optional<URI> value) {
        return new MskClientOptions(value, maxAttempts, baseDelay, callTimeout);
    }

    public MskClientOptions withRetries(int attempts, Duration delay) {
        return new MskClientOptions(endpoint, attempts, delay, callTimeout);
    }
}
