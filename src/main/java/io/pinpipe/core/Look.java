package io.pinpipe.core;

/** How a state looks on screen: the words on its badge and the badge's tone. */
public record Look(String label, Tone tone) {
}
