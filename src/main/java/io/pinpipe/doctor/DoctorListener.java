package io.pinpipe.doctor;

/** Hears about each step as it starts and ends, on the doctor's thread; a UI hands this on to its own thread. */
public interface DoctorListener {

    default void started(PlannedStep step) {
    }

    void finished(StepReport report);
}
