package io.pinpipe.doctor;

import io.pinpipe.connections.Secret;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Set;

/** Step 3, for connections that encrypt: a TLS handshake with each reachable bootstrap broker. */
final class TlsStep implements DoctorStep {

    private static final Duration PER_BROKER = Duration.ofSeconds(5);
    private static final Duration BUDGET = Duration.ofSeconds(10);

    @Override
    public StepId id() {
        return StepId.TLS;
    }

    @Override
    public Duration timeout() {
        return BUDGET;
    }

    @Override
    public Set<StepId> needs() {
        return Set.of(StepId.TCP);
    }

    @Override
    public StepResult run(Checkup checkup) {
        var tls = checkup.connection().auth().tlsOptions().orElseThrow();
        TrustMaterial trust;
        try {
            var password = tls.truststore().flatMap(store -> checkup.secrets().find(new Secret.TruststorePassword(store.path())));
            trust = TrustMaterial.of(tls, password);
        } catch (IllegalArgumentException e) {
            return new StepResult.Failed(e.getMessage(), "Fix the truststore path or type in the connection", "");
        }
        var deadline = System.nanoTime() + BUDGET.toNanos();
        var details = new ArrayList<String>();
        for (var endpoint : checkup.reachable()) {
            var left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.toMillis() < 100 || Thread.currentThread().isInterrupted()) {
                break;
            }
            var outcome = TlsHandshake.shake(endpoint, trust, tls.verifyHostname(), left.compareTo(PER_BROKER) < 0 ? left : PER_BROKER);
            if (outcome instanceof TlsHandshake.Refused refused) {
                return new StepResult.Failed(refused.problem(), refused.advice(), refused.detail());
            }
            details.add(((TlsHandshake.Shaken) outcome).describe());
        }
        var trusted = tls.truststore().map(store -> "truststore " + store.path()).orElse("the JDK's trusted certificates");
        var message = "Handshake done with " + details.size() + (details.size() == 1 ? " broker" : " brokers")
                + "; certificate trusted through " + trusted
                + (tls.verifyHostname() ? ", host name verified" : "; host name NOT verified (turned off)");
        return StepResult.Passed.of(message, details);
    }
}
