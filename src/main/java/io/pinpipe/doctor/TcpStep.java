package io.pinpipe.doctor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Step 2: a TCP connection to each bootstrap broker, refused and timed out told apart. */
final class TcpStep implements DoctorStep {

    static final String MSK_PORTS = "on MSK, 9098 is IAM, 9096 SASL/SCRAM, 9094 TLS and 9092 plaintext; 9198, 9196 "
            + "and 9194 with public access";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** Read when the step runs, not when it is planned: listing interfaces is I/O, and plans are made on the FX thread. */
    private final java.util.function.Supplier<PrivateNetworks> networks;

    TcpStep() {
        this.networks = PrivateNetworks::ofThisMachine;
    }

    TcpStep(PrivateNetworks networks) {
        this.networks = () -> networks;
    }

    @Override
    public StepId id() {
        return StepId.TCP;
    }

    @Override
    public Duration timeout() {
        return CONNECT_TIMEOUT.plusSeconds(1);
    }

    @Override
    public Set<StepId> needs() {
        return Set.of(StepId.RESOLVE);
    }

    @Override
    public StepResult run(Checkup checkup) throws InterruptedException {
        var endpoints = new ArrayList<Endpoint>();
        checkup.resolved().forEach((hostPort, addresses) -> addresses.forEach(ip -> endpoints.add(new Endpoint(hostPort, ip))));
        var outcomes = TcpKnock.knock(endpoints, CONNECT_TIMEOUT);
        var reached = new LinkedHashSet<io.pinpipe.connections.HostPort>();
        var details = new ArrayList<String>();
        var failures = new ArrayList<TcpKnock.Outcome>();
        for (var outcome : outcomes) {
            if (outcome instanceof TcpKnock.Connected && reached.add(outcome.endpoint().hostPort())) {
                checkup.reachable().add(outcome.endpoint());
                details.add(outcome.describe());
            } else if (!(outcome instanceof TcpKnock.Connected)) {
                failures.add(outcome);
            }
        }
        // A host with one good address is fine: clients try each address in turn.
        failures.removeIf(outcome -> reached.contains(outcome.endpoint().hostPort()));
        if (reached.isEmpty()) {
            return new StepResult.Failed(sentence(failures), advice(failures), "");
        }
        var message = reached.size() + " of " + checkup.resolved().size() + " bootstrap brokers accept connections";
        var note = failures.isEmpty() ? Optional.<String>empty()
                : Optional.of(sentence(failures) + ". Clients use the others; " + advice(failures));
        return new StepResult.Passed(message, details, note);
    }

    private static String sentence(List<TcpKnock.Outcome> failures) {
        var parts = failures.stream().map(TcpKnock.Outcome::describe).toList();
        var text = String.join("; ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** What to do, for the kinds of failure seen: a wrong port, a firewall, or a VPC out of reach. */
    String advice(List<TcpKnock.Outcome> failures) {
        var advice = new ArrayList<String>();
        if (failures.stream().anyMatch(TcpKnock.Refused.class::isInstance)) {
            advice.add("The host answered but nothing listens on that port: check the port (" + MSK_PORTS
                    + "), and that the broker is running (the local sandbox starts in the Sandbox pane)");
        }
        var silent = failures.stream().filter(outcome -> !(outcome instanceof TcpKnock.Refused)).toList();
        var inVpc = silent.stream().map(TcpKnock.Outcome::endpoint).filter(e -> networks.get().privateElsewhere(e.address())).toList();
        if (!inVpc.isEmpty()) {
            advice.add("Likely cause: " + ResolveStep.VPC_CAUSE + " (" + inVpc.get(0).address().getHostAddress()
                    + " is a private address and this machine is not in that network). " + ResolveStep.REACH_THE_VPC);
        } else if (!silent.isEmpty()) {
            advice.add("Something drops the connection: a security group, firewall or network ACL. Allow this "
                    + "machine's address on port " + silent.get(0).endpoint().hostPort().port()
                    + " in the cluster's security group, or connect from inside its VPC");
        }
        return String.join(". ", advice);
    }
}
