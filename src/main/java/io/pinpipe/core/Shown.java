package io.pinpipe.core;

/** A state a person sees as a badge; enums of states implement it with one {@link Look} per constant. */
public interface Shown {

    Look look();

    default String label() {
        return look().label();
    }

    default Tone tone() {
        return look().tone();
    }
}
