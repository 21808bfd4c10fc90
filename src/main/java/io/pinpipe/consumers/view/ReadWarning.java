package io.pinpipe.consumers.view;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The line over a group's detail when reading it again failed: what failed, when, and that the numbers are old. */
final class ReadWarning {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ReadWarning() {
    }

    /** "Could not read the group at 18:02:11: The group does not exist. The numbers below are from the last good read." */
    static String of(LocalTime at, String sentence) {
        var why = sentence == null || sentence.isBlank() ? "the reason is unknown." : sentence.strip();
        if (!why.endsWith(".") && !why.endsWith("!") && !why.endsWith("?")) {
            why += ".";
        }
        return "Could not read the group at " + CLOCK.format(at) + ": " + why
                + " The numbers below are from the last good read.";
    }
}
