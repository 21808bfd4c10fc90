package io.pinpipe.doctor;

import java.time.Duration;

/** A step the doctor will run for a connection, before it runs: enough to show it as pending. */
public record PlannedStep(StepId step, String title, Duration timeout) {
}
