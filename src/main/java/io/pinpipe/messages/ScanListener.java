package io.pinpipe.messages;

import java.util.List;

/** Hears a scan or a tail as it goes, on the reading thread: progress a few times a second, matches in batches. */
public interface ScanListener {

    ScanListener NONE = new ScanListener() {
    };

    /** At most every 100 ms or so, and once at the end. */
    default void progress(ScanProgress progress) {
    }

    /** Matches in the order they were read, per poll. */
    default void matched(List<Message> batch) {
    }
}
