package io.pinpipe.cli;

import io.pinpipe.doctor.ConnectionDoctor;
import io.pinpipe.doctor.DoctorReport;
import io.pinpipe.doctor.ReportLines;
import io.pinpipe.doctor.StepResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code pinpipe doctor}: the connection doctor, a line per step as it finishes; exit 0 only when all passed. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Diagnoses a connection step by step: resolve the bootstrap hosts, open TCP to each broker, "
                + "TLS handshake, the AWS identity (IAM), authentication, and the cluster's metadata (are the "
                + "advertised broker addresses reachable?). Each step says what to do when it fails.",
                "Give --connection NAME, or the options every cluster command takes (--bootstrap B --auth A ...)."})
final class DoctorCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    private final Supplier<ConnectionDoctor> doctor;

    DoctorCommand() {
        this(ConnectionDoctor::new);
    }

    DoctorCommand(Supplier<ConnectionDoctor> doctor) {
        this.doctor = doctor;
    }

    @Override
    public Integer call() {
        var target = connection.connection();
        var out = spec.commandLine().getOut();
        out.println("Pinpipe connection doctor: " + target.name() + " (" + target.bootstrap() + ", " + target.mode().label() + ")");
        out.flush();
        var report = doctor.get().diagnose(target, connection.secrets(), step -> {
            out.print(ReportLines.of(step));
            out.flush();
        });
        out.println(verdict(report));
        out.flush();
        return report.allPassed() ? 0 : OneLineErrors.FAILED;
    }

    static String verdict(DoctorReport report) {
        var total = report.steps().size();
        var passed = report.steps().stream().filter(step -> step.result() instanceof StepResult.Passed).count();
        if (report.allPassed()) {
            return "All " + total + " steps passed.";
        }
        return passed + " of " + total + " steps passed" + (report.cancelled() ? " before it was cancelled."
                : ": fix the first ✗ above, then run the doctor again.");
    }
}
