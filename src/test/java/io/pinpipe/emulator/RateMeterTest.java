package io.pinpipe.emulator;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateMeterTest {

    @Test
    void aSteadyHundredEventsPerSecondReadsAsAHundred() {
        var now = new AtomicLong(5_000_000_000L);
        var meter = new RateMeter(now::get);
        for (int i = 0; i < 300; i++) {
            meter.record();
            now.addAndGet(10_000_000L);
        }
        assertThat(meter.perSecond()).isEqualTo(100.0);
    }

    @Test
    void aPauseLongerThanASecondReadsAsZero() {
        var now = new AtomicLong(0);
        var meter = new RateMeter(now::get);
        meter.record();
        now.addAndGet(1_200_000_000L);
        assertThat(meter.perSecond()).isZero();
    }
}
