package io.pinpipe.ui;

/** What a background job says about how far it is; fraction is 0..1, or negative when unknown. */
public interface Progress {
    void update(double fraction, String message);

    Progress NONE = (fraction, message) -> { };
}
