package io.pinpipe.testing;

import org.junit.jupiter.api.Test;

import java.net.BindException;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortRetryTest {

    @Test
    void aBindFailureIsTriedAgainOnTheNextPort() {
        var next = new AtomicInteger(40_000);
        var tried = new ArrayList<Integer>();

        var started = PortRetry.start(next::getAndIncrement, port -> {
            tried.add(port);
            if (port < 40_002) {
                throw new IllegalStateException("start failed", new BindException("Address already in use"));
            }
            return "up on " + port;
        });

        assertThat(started).isEqualTo("up on 40002");
        assertThat(tried).containsExactly(40_000, 40_001, 40_002);
    }

    @Test
    void anyOtherFailureEndsTheStartAtOnce() {
        var tries = new AtomicInteger();

        assertThatThrownBy(() -> PortRetry.start(() -> 40_000, port -> {
            tries.incrementAndGet();
            throw new IllegalStateException("Data folder locked");
        })).hasMessage("Data folder locked");
        assertThat(tries).hasValue(1);
    }

    @Test
    void aServerThatNeverGetsAPortGivesUpNamingTheLastFailure() {
        var tries = new AtomicInteger();

        assertThatThrownBy(() -> PortRetry.start(() -> 40_000, port -> {
            tries.incrementAndGet();
            throw new IllegalStateException("mariadbd: Can't start server: Bind on TCP/IP port. Got error: 98: Address already in use");
        })).hasMessageContaining("Every port tried was taken").hasRootCauseMessage(
                "mariadbd: Can't start server: Bind on TCP/IP port. Got error: 98: Address already in use");
        assertThat(tries).hasValue(5);
    }

    @Test
    void aCandidateIsAPortNothingListensOn() {
        try (var closed = ClosedPort.open()) {
            assertThat(PortRetry.candidate()).isBetween(1024, 65_535).isNotEqualTo(closed.port());
        }
    }
}
