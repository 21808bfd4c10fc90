package io.pinpipe.emulator;

/** What a run does: how fast, until when, and which ids (the same seed samples the same ids). */
public record EmulatorSettings(Pacing pacing, Limit limit, long seed) {

    public static EmulatorSettings of(Pacing pacing, Limit limit) {
        return new EmulatorSettings(pacing, limit, IdSampler.DEFAULT_SEED);
    }
}
