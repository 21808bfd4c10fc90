package io.pinpipe.doctor;

import io.pinpipe.connections.HostPort;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Step 5: the cluster's id and brokers, and whether this machine can reach each address the brokers
 * advertise. Clients connect to those after the bootstrap, so a bootstrap that works through a tunnel or a
 * public name while the advertised addresses are private is the classic "connects, then hangs".
 */
final class MetadataStep implements DoctorStep {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final String ADVERTISED_ADVICE = "After the bootstrap, Kafka clients connect to the addresses the brokers "
            + "advertise. Make the brokers' advertised.listeners name addresses this machine can reach; on MSK, use the "
            + "bootstrap string for where you connect from (public or VPC connectivity) and, through a tunnel or proxy, "
            + "forward every broker, not only the bootstrap one";

    @Override
    public StepId id() {
        return StepId.METADATA;
    }

    @Override
    public Duration timeout() {
        return CONNECT_TIMEOUT.plusSeconds(5);
    }

    @Override
    public Set<StepId> needs() {
        return Set.of(StepId.AUTHENTICATE);
    }

    @Override
    public StepResult run(Checkup checkup) throws InterruptedException {
        var answer = checkup.kafka().orElseThrow();
        if (answer.brokers().isEmpty()) {
            return new StepResult.Failed("The bootstrap broker answered, but the cluster description did not come, and "
                    + "no topic names a broker to check", ADVERTISED_ADVICE, "");
        }
        var unreachable = new ArrayList<String>();
        var details = new ArrayList<String>();
        var endpoints = new LinkedHashMap<Endpoint, KafkaAnswer.Broker>();
        for (var broker : answer.brokers()) {
            try {
                var address = InetAddress.getByName(broker.host());
                endpoints.put(new Endpoint(new HostPort(broker.host(), broker.port()), address), broker);
            } catch (UnknownHostException e) {
                unreachable.add(name(broker) + " advertises " + broker.address() + ", a host this machine cannot resolve");
            }
        }
        for (var outcome : TcpKnock.knock(List.copyOf(endpoints.keySet()), CONNECT_TIMEOUT)) {
            var broker = endpoints.get(outcome.endpoint());
            if (outcome instanceof TcpKnock.Connected) {
                details.add(name(broker) + " at " + broker.address() + broker.rack().map(rack -> " (rack " + rack + ")").orElse("")
                        + (answer.controllerId().filter(id -> id == broker.id()).isPresent() ? ", controller" : "")
                        + ": reachable");
            } else {
                unreachable.add(name(broker) + " advertises " + broker.address() + ", which this machine cannot reach: "
                        + outcome.describe());
            }
        }
        if (!unreachable.isEmpty()) {
            return new StepResult.Failed(String.join("; ", unreachable), ADVERTISED_ADVICE, "");
        }
        if (!answer.described()) {
            return new StepResult.Failed("The bootstrap broker answered, but the cluster description did not come from "
                    + "the advertised brokers, although each accepts TCP", "Check that every broker's listener takes the "
                    + "same security settings and certificate host names as the bootstrap one", "");
        }
        return StepResult.Passed.of(summary(answer), details);
    }

    private static String summary(KafkaAnswer answer) {
        var count = answer.brokers().size();
        return "Cluster " + answer.clusterId().orElse("(no id)") + ": " + count + (count == 1 ? " broker" : " brokers")
                + answer.controllerId().map(id -> ", controller " + id).orElse("")
                + "; every advertised address is reachable";
    }

    private static String name(KafkaAnswer.Broker broker) {
        return "Broker " + broker.id();
    }
}
