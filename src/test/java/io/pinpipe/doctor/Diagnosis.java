package io.pinpipe.doctor;

import io.pinpipe.connections.Connection;
import io.pinpipe.connections.SecretSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One run of the doctor as a test sees it: the report, and what the listener heard in order. */
record Diagnosis(DoctorReport report, List<String> heard) {

    static Diagnosis of(ConnectionDoctor doctor, Connection connection, SecretSource secrets) {
        var heard = Collections.synchronizedList(new ArrayList<String>());
        var report = doctor.diagnose(connection, secrets, new DoctorListener() {
            @Override
            public void started(PlannedStep step) {
                heard.add("started " + step.step());
            }

            @Override
            public void finished(StepReport step) {
                heard.add("finished " + step.step());
            }
        });
        return new Diagnosis(report, List.copyOf(heard));
    }

    static Diagnosis of(Connection connection, SecretSource secrets) {
        return of(new ConnectionDoctor(), connection, secrets);
    }

    StepReport step(StepId id) {
        return report.steps().stream().filter(step -> step.step() == id).findFirst().orElseThrow();
    }

    /** Each step's symbol, e.g. {RESOLVE=✓, TCP=✗, AUTHENTICATE=–, METADATA=–}. */
    Map<StepId, String> symbols() {
        return report.steps().stream().collect(Collectors.toMap(StepReport::step, StepReport::symbol,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
