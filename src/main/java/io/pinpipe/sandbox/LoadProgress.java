package io.pinpipe.sandbox;

/** Told after each committed batch how many of the rows (per table) are loaded. */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (done, total) -> { };

    void loaded(long done, long total);
}
