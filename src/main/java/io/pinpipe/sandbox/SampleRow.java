package io.pinpipe.sandbox;

/** The three rows that share one id: a post, where it was posted from, and who posted it. */
public record SampleRow(PinRow pin, GeoRow geo, UserRow user) {

    public int id() {
        return pin.index();
    }

    SampleRow withId(int id) {
        return new SampleRow(pin.withIndex(id), geo.withInd(id), user.withInd(id));
    }
}
