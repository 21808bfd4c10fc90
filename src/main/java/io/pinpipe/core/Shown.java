package io.pinpipe.core;

/** A state as a person sees it: the words on its badge and the badge's tone. */
public interface Shown {

    String label();

    Tone tone();
}
