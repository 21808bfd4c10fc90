package io.pinpipe.messages;

import java.util.List;

/**
 * One page of matches, in the order shown: oldest first by timestamp then partition and offset, except for
 * {@link StartPosition.Newest}, newest first. {@code before}/{@code after} are where the previous/next page would
 * read from; {@code hasOlder}/{@code hasNewer} say whether there is anything there to scan. {@code stopped} says
 * why the scan ended before a full page.
 */
public record MessagePage(List<Message> messages, Cursor before, Cursor after, boolean hasOlder, boolean hasNewer,
                          ScanProgress progress, Stopped stopped) {

    public enum Stopped {
        /** A full page of matches. */
        PAGE_FULL,
        /** Every chosen partition was read to its end (as it was when the read began). */
        END_OF_TOPIC,
        /** The scan limit was reached before a full page; the rest needs the user's go-ahead. */
        LIMIT,
        CANCELLED
    }

    public MessagePage {
        messages = List.copyOf(messages);
    }
}
