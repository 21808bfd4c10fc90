package io.pinpipe.doctor;

import java.util.List;
import java.util.Objects;

/** Every step of one run, in order; the text form is what "Copy report" and the command line give. */
public record DoctorReport(String connectionName, String bootstrap, String authMode, List<StepReport> steps,
                           boolean cancelled) {

    public DoctorReport {
        Objects.requireNonNull(connectionName, "connectionName");
        Objects.requireNonNull(bootstrap, "bootstrap");
        Objects.requireNonNull(authMode, "authMode");
        steps = List.copyOf(steps);
    }

    public boolean allPassed() {
        return !cancelled && steps.stream().allMatch(StepReport::passed);
    }

    public String text() {
        var text = new StringBuilder("Pinpipe connection doctor: ").append(connectionName).append(" (")
                .append(bootstrap).append(", ").append(authMode).append(")\n");
        steps.forEach(step -> text.append(ReportLines.of(step)));
        if (cancelled) {
            text.append("Cancelled before every step ran.\n");
        }
        return text.toString();
    }
}
