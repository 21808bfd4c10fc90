package io.pinpipe.doctor;

import io.pinpipe.connections.Connection;
import io.pinpipe.connections.SecretSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Diagnoses a connection step by step: resolve, TCP, TLS, AWS identity, authentication, metadata. Each step
 * has a timeout; a step whose prerequisite failed is skipped. Interrupting the calling thread cancels the run.
 */
public final class ConnectionDoctor {

    /** Beyond a step's own timeout, how long to wait for it to notice before giving up on it. */
    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(ConnectionDoctor.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final AwsIdentityProbe aws;

    /** AWS profiles, credentials and endpoints as the AWS CLI finds them. */
    public ConnectionDoctor() {
        this(AwsSetup.fromEnvironment());
    }

    public ConnectionDoctor(AwsSetup aws) {
        this.aws = new AwsIdentityProbe(aws);
    }

    /** The steps a connection gets: TLS only when it encrypts, the AWS identity only for IAM. */
    public List<PlannedStep> plan(Connection connection) {
        return steps(connection).stream()
                .map(step -> new PlannedStep(step.id(), step.title(connection), step.timeout())).toList();
    }

    /** Runs every step in order on the calling thread's behalf; returns early, marked cancelled, when interrupted. */
    public DoctorReport diagnose(Connection connection, SecretSource secrets, DoctorListener listener) {
        var checkup = new Checkup(connection, secrets);
        var reports = new ArrayList<StepReport>();
        var notPassed = new EnumMap<StepId, String>(StepId.class); // a step that did not pass -> the failed step to name
        var cancelled = false;
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            var thread = new Thread(task, "pinpipe-doctor-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (var step : steps(connection)) {
                var planned = new PlannedStep(step.id(), step.title(connection), step.timeout());
                StepResult result;
                var started = System.nanoTime();
                if (cancelled) {
                    result = new StepResult.Skipped("Cancelled");
                } else if (blocker(step, notPassed).isPresent()) {
                    result = new StepResult.Skipped("Skipped: " + blocker(step, notPassed).get() + " did not pass");
                } else {
                    listener.started(planned);
                    try {
                        result = run(step, checkup, threads);
                    } catch (InterruptedException e) {
                        cancelled = true;
                        result = new StepResult.Skipped("Cancelled");
                    }
                }
                if (!(result instanceof StepResult.Passed)) {
                    notPassed.put(step.id(), blocker(step, notPassed).orElse("“" + planned.title() + "”"));
                }
                var report = new StepReport(step.id(), planned.title(), result, Duration.ofNanos(System.nanoTime() - started));
                reports.add(report);
                log.info("Doctor of '{}': {} {}: {}", connection.name(), report.symbol(), report.title(), result.message());
                listener.finished(report);
            }
        } finally {
            threads.shutdownNow();
        }
        if (cancelled) {
            Thread.currentThread().interrupt();
        }
        return new DoctorReport(connection.name(), connection.bootstrap(), connection.mode().label(), reports, cancelled);
    }

    private static StepResult run(DoctorStep step, Checkup checkup, ExecutorService threads) throws InterruptedException {
        var future = threads.submit(() -> step.run(checkup));
        try {
            return future.get(step.timeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return step.timedOut();
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            var cause = e.getCause();
            log.warn("Doctor step {} broke", step.id(), cause);
            return new StepResult.Failed("The check itself failed: " + cause, "This is a bug in Pinpipe's doctor; the log "
                    + "file has the details", String.valueOf(cause));
        }
    }

    /** The failed step behind a needed step that did not pass, named as the person saw it. */
    private static Optional<String> blocker(DoctorStep step, Map<StepId, String> notPassed) {
        return step.needs().stream().filter(notPassed::containsKey).map(notPassed::get).findFirst();
    }

    private List<DoctorStep> steps(Connection connection) {
        var steps = new ArrayList<DoctorStep>();
        steps.add(new ResolveStep());
        steps.add(new TcpStep());
        if (connection.auth().tlsOptions().isPresent()) {
            steps.add(new TlsStep());
        }
        if (connection.auth() instanceof io.pinpipe.connections.AuthSettings.Iam) {
            steps.add(new AwsIdentityStep(aws));
        }
        steps.add(new AuthenticationStep());
        steps.add(new MetadataStep());
        return steps;
    }
}
