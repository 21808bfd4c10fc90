package io.pinpipe.messages.view;

import io.pinpipe.messages.ScanEstimate;
import io.pinpipe.messages.ScanLimit;
import io.pinpipe.messages.ScanProgress;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class MessageWordsTest {

    @Test
    void theProgressLineSaysScannedMatchedBytesAndRate() {
        var progress = new ScanProgress(1_234_567, 1_204, 312_000_000, Duration.ofMillis(3_011));
        assertThat(MessageWords.progress(progress)).isEqualTo("Scanned 1,234,567 · matched 1,204 · 312 MB · 410,019 msg/s");
    }

    @Test
    void theEstimateIsRoundedForAPerson() {
        var estimate = new ScanEstimate(3_200_000, OptionalLong.of(2_100_000_000L), ScanLimit.DEFAULT);
        assertThat(MessageWords.estimate(estimate)).isEqualTo("This search may scan 3.2 million messages (2.1 GB).");
        assertThat(MessageWords.estimate(new ScanEstimate(950_000, OptionalLong.empty(), ScanLimit.DEFAULT)))
                .isEqualTo("This search may scan 950,000 messages.");
        assertThat(MessageWords.firstOf(ScanLimit.DEFAULT.messages())).isEqualTo("Scan the first 1 million");
    }

    @Test
    void aNewestCountOutsideOneToTenThousandIsRefusedWithTheRange() {
        assertThat(StartKind.countProblem("100")).isEmpty();
        assertThat(StartKind.countProblem("0")).hasValueSatisfying(p -> assertThat(p).contains("1 to 10,000"));
        assertThat(StartKind.countProblem("lots")).hasValueSatisfying(p -> assertThat(p).contains("1 to 10,000"));
    }
}
