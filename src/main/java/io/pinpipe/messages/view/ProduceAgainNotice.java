package io.pinpipe.messages.view;

import io.pinpipe.messages.Message;
import io.pinpipe.messages.Utf8;

import java.util.ArrayList;

/**
 * What the produce form tells a person about a message filled in by "send again" that the fields cannot show as it
 * is: bytes that are not UTF-8 text, and header names holding '='. Left unedited, such a field is sent as it was.
 */
final class ProduceAgainNotice {

    private ProduceAgainNotice() {
    }

    /** The warning for {@code message}, or "" when every field shows it exactly. */
    static String of(Message message) {
        var words = new ArrayList<String>();
        var binary = new ArrayList<String>();
        if (!Utf8.isText(message.key())) {
            binary.add("key");
        }
        if (!Utf8.isText(message.value())) {
            binary.add("value");
        }
        if (message.headers().stream().anyMatch(header -> !Utf8.isText(header.value()))) {
            binary.add("a header");
        }
        if (!binary.isEmpty()) {
            words.add("The message's " + String.join(" and ", binary) + " is not UTF-8 text: it shows with replacement "
                    + "characters. Left as it is, Send sends the original bytes; edited, it sends the text shown.");
        }
        message.headers().stream().filter(header -> header.name().indexOf('=') >= 0).findFirst().ifPresent(header ->
                words.add("Header name \"" + header.name() + "\" holds '=': left as they are, the headers are sent as "
                        + "they were; edited, a name ends at its first '=', so that header would change."));
        return String.join(" ", words);
    }
}
