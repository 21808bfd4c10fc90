package io.pinpipe.emulator.view;

/** Says the local sandbox is in use, so stopping it asks first; the result ends the claim. */
@FunctionalInterface
public interface SandboxClaim {

    SandboxClaim NONE = what -> () -> { };

    /** @param what in words for a question, e.g. "The emulator is streaming into it" */
    Runnable claim(String what);
}
