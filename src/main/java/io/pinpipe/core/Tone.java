package io.pinpipe.core;

/** The colour a state is shown in, named by what it means; the UI picks the colours. */
public enum Tone {
    /** Nothing to act on: stopped, idle, finished. */
    NEUTRAL,
    /** Working on it: starting, stopping, updating. */
    BUSY,
    /** Up and usable. */
    OK,
    /** Needs a person: failed, unavailable, gone. */
    FAILED
}
