package io.pinpipe.messages.view;

import java.util.Locale;

/** Numbers as the message dialogs say them: "12,345", "1 message", "12,345 messages". */
final class Counts {

    private Counts() {
    }

    static String number(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    static String of(long count, String noun) {
        return number(count) + " " + noun + (count == 1 ? "" : "s");
    }
}
