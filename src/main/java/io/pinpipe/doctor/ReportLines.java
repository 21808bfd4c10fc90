package io.pinpipe.doctor;

/** A step as plain text lines: the symbol, title and message, then details and advice indented. */
public final class ReportLines {

    private ReportLines() {
    }

    public static String of(StepReport step) {
        var text = new StringBuilder(step.symbol()).append(' ').append(step.title()).append(": ")
                .append(step.result().message()).append('\n');
        if (step.result() instanceof StepResult.Passed passed) {
            passed.details().forEach(detail -> text.append("    ").append(detail).append('\n'));
        }
        step.result().advice().ifPresent(advice -> text.append("    → ").append(advice).append('\n'));
        return text.toString();
    }
}
