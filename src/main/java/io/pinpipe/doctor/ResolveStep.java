package io.pinpipe.doctor;

import io.pinpipe.connections.HostPort;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Step 1: every bootstrap host resolves, and to what; private addresses from outside their network are named. */
final class ResolveStep implements DoctorStep {

    static final String VPC_CAUSE = "the brokers are inside a VPC";
    static final String REACH_THE_VPC = "Connect from inside the VPC (an EC2 client machine, a VPN, or an SSM port "
            + "forward), or turn on public access for the cluster and use its public bootstrap string";

    /** Read when the step runs, not when it is planned: listing interfaces is I/O, and plans are made on the FX thread. */
    private final java.util.function.Supplier<PrivateNetworks> networks;

    ResolveStep() {
        this.networks = PrivateNetworks::ofThisMachine;
    }

    ResolveStep(PrivateNetworks networks) {
        this.networks = () -> networks;
    }

    @Override
    public StepId id() {
        return StepId.RESOLVE;
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(10);
    }

    @Override
    public Set<StepId> needs() {
        return Set.of();
    }

    @Override
    public StepResult run(Checkup checkup) throws InterruptedException {
        var details = new ArrayList<String>();
        var unresolved = new ArrayList<String>();
        var elsewhere = new ArrayList<String>();
        var local = networks.get();
        for (var address : checkup.bootstrap()) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            try {
                var found = List.of(InetAddress.getAllByName(address.host().replaceAll("^\\[|]$", "")));
                checkup.resolved().put(address, found);
                details.add(address.host() + " → " + found.stream().map(InetAddress::getHostAddress).collect(Collectors.joining(", ")));
                found.stream().filter(local::privateElsewhere).findFirst()
                        .map(InetAddress::getHostAddress)
                        .ifPresent(ip -> elsewhere.add(ip.equals(address.host()) ? ip : address.host() + " is " + ip));
            } catch (UnknownHostException e) {
                unresolved.add(address.host() + " (" + reason(address, e) + ")");
            }
        }
        var vpc = vpcNote(elsewhere);
        if (checkup.resolved().isEmpty()) {
            return new StepResult.Failed("Cannot resolve " + String.join("; ", unresolved),
                    "Check the host name for typos: MSK broker names look like b-1.<cluster>.<id>.c2.kafka.<region>"
                            + ".amazonaws.com (copy them from the cluster's client information). If it is right, check "
                            + "this machine's DNS and VPN", "");
        }
        var note = unresolved.isEmpty() ? vpc
                : Optional.of("Cannot resolve " + String.join("; ", unresolved) + ": clients use the other hosts, but fix "
                + "the bootstrap string" + vpc.map(text -> ". " + text).orElse(""));
        var message = checkup.resolved().size() + " of " + checkup.bootstrap().size()
                + (checkup.bootstrap().size() == 1 ? " host resolved" : " hosts resolved");
        return new StepResult.Passed(message, details, note);
    }

    private static String reason(HostPort address, UnknownHostException e) {
        var text = Optional.ofNullable(e.getMessage()).orElse("unknown host");
        var prefix = address.host() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    private static Optional<String> vpcNote(List<String> elsewhere) {
        if (elsewhere.isEmpty()) {
            return Optional.empty();
        }
        var one = elsewhere.size() == 1;
        return Optional.of(String.join(", ", elsewhere) + (one ? ": a private address" : ": private addresses")
                + ", and this machine is not in " + (one ? "that network" : "those networks")
                + ". Likely cause if the next step fails: " + VPC_CAUSE + ". " + REACH_THE_VPC);
    }
}
