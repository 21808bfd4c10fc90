package io.pinpipe.doctor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** How one check came out: passed, failed (with what to do), or skipped (with why). */
public sealed interface StepResult {

    /** The one line to show next to the step. */
    String message();

    /** What to do next; empty when nothing needs doing. */
    Optional<String> advice();

    /** @param details a line per address, certificate or broker found; {@code note} a caution that is not a failure */
    record Passed(String message, List<String> details, Optional<String> note) implements StepResult {
        public Passed {
            Objects.requireNonNull(message, "message");
            details = List.copyOf(details);
            Objects.requireNonNull(note, "note");
        }

        public static Passed of(String message, List<String> details) {
            return new Passed(message, details, Optional.empty());
        }

        @Override
        public Optional<String> advice() {
            return note;
        }
    }

    /** @param detail the technical cause, one click away (exception class and message); may be empty */
    record Failed(String message, String whatToDo, String detail) implements StepResult {
        public Failed {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(whatToDo, "whatToDo");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public Optional<String> advice() {
            return whatToDo.isBlank() ? Optional.empty() : Optional.of(whatToDo);
        }
    }

    record Skipped(String message) implements StepResult {
        public Skipped {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public Optional<String> advice() {
            return Optional.empty();
        }
    }
}
