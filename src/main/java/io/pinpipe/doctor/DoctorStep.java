package io.pinpipe.doctor;

import io.pinpipe.connections.Connection;

import java.time.Duration;
import java.util.Set;

/** One check. It runs on a thread of its own and may be interrupted when it overruns or the run is cancelled. */
interface DoctorStep {

    StepId id();

    /** The title shown for this connection, e.g. naming the SCRAM user. */
    default String title(Connection connection) {
        return id().title();
    }

    /** How long the step may take; the doctor gives up on it a little after. */
    Duration timeout();

    /** Steps whose failure makes this one pointless: it is skipped then, not failed. */
    Set<StepId> needs();

    StepResult run(Checkup checkup) throws Exception;

    /** What to say when the step overran its timeout. */
    default StepResult.Failed timedOut() {
        return new StepResult.Failed("Did not finish within " + Seconds.of(timeout()),
                "Try again; if it keeps happening, the network path to the cluster is very slow", "");
    }
}
