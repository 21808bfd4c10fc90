package io.pinpipe.sandbox;

/** Whether the sandbox's sample database exists, and how many rows each table holds (0 when absent). */
public record SampleDatabaseStatus(boolean created, long pinterestRows, long geolocationRows, long userRows) {

    static final SampleDatabaseStatus ABSENT = new SampleDatabaseStatus(false, 0, 0, 0);

    /** Created with every table filled: ready for the emulator. */
    public boolean ready() {
        return created && pinterestRows > 0 && geolocationRows > 0 && userRows > 0;
    }
}
