package io.pinpipe.settings;

/** The two looks of the window. */
public enum Theme {
    LIGHT, DARK;

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
