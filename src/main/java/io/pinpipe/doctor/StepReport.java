package io.pinpipe.doctor;

import java.time.Duration;
import java.util.Objects;

/** One finished step, as listeners and the report see it. */
public record StepReport(StepId step, String title, StepResult result, Duration took) {

    public StepReport {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(took, "took");
    }

    public boolean passed() {
        return result instanceof StepResult.Passed;
    }

    /** ✓ passed, ✗ failed, – skipped: the symbol the command line and the copied report use. */
    public String symbol() {
        if (result instanceof StepResult.Passed) {
            return "✓";
        }
        return result instanceof StepResult.Failed ? "✗" : "–";
    }
}
