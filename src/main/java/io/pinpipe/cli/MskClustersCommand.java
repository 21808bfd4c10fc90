package io.pinpipe.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.pinpipe.clusters.ClusterPages;
import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.clusters.MskRegions;
import io.pinpipe.clusters.MskTarget;
import io.pinpipe.clusters.RegionScan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code pinpipe msk clusters}: every cluster of a region (every page), or of every MSK region. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = "Lists the MSK clusters with type, state, Kafka version, brokers, instance type, auth modes and creation time.")
final class MskClustersCommand implements Callable<Integer> {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    AwsOptions aws;

    @Option(names = "--all-regions", description = "Look in every region where MSK is offered (slower)")
    boolean allRegions;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        List<ClusterSummary> clusters;
        Map<String, String> failures = Map.of();
        if (allRegions) {
            if (aws.regionGiven()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Give --region or --all-regions, not both");
            }
            var profile = aws.profile();
            var result = RegionScan.scan(region -> aws.gateway(new MskTarget(profile, region)), MskRegions.all(),
                    (region, found, done, total) -> { }, () -> false);
            clusters = result.clusters();
            failures = result.failures();
            if (clusters.isEmpty() && failures.size() == MskRegions.all().size()) {
                throw new IllegalStateException(failures.values().iterator().next());
            }
        } else {
            try (var gateway = aws.gateway(aws.target())) {
                clusters = gateway.listClusters(ClusterPages.NONE, () -> false);
            }
        }
        failures.forEach((region, message) -> err.println("pinpipe: " + region + ": " + message));
        err.flush();
        var out = spec.commandLine().getOut();
        if (json.wanted) {
            out.println(json(clusters));
            out.flush();
            return 0;
        }
        var table = allRegions ? new TextTable("REGION", "NAME", "TYPE", "STATE", "KAFKA", "BROKERS", "INSTANCE", "AUTH", "CREATED (UTC)")
                : new TextTable("NAME", "TYPE", "STATE", "KAFKA", "BROKERS", "INSTANCE", "AUTH", "CREATED (UTC)");
        for (var cluster : clusters) {
            var cells = new java.util.ArrayList<Object>();
            if (allRegions) {
                cells.add(cluster.region());
            }
            cells.addAll(List.of(cluster.name(), cluster.kind().label(), cluster.state().name(), cluster.kafkaVersion().orElse("-"),
                    cluster.brokerCount().isPresent() ? Integer.toString(cluster.brokerCount().getAsInt()) : "-",
                    cluster.instanceType().orElse("-"), cluster.authLabels().replace(", ", ","),
                    cluster.created().map(CREATED::format).orElse("-")));
            table.row(cells.toArray());
        }
        if (table.isEmpty()) {
            out.println(allRegions ? "No MSK clusters in any region." : "No MSK clusters for " + aws.target().describe() + ".");
        } else {
            table.print(out);
        }
        out.flush();
        return 0;
    }

    static String json(List<ClusterSummary> clusters) {
        var mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        var array = mapper.createArrayNode();
        for (var cluster : clusters) {
            var node = array.addObject()
                    .put("name", cluster.name())
                    .put("arn", cluster.arn().toString())
                    .put("region", cluster.region())
                    .put("type", cluster.kind().name())
                    .put("state", cluster.state().name())
                    .put("kafkaVersion", cluster.kafkaVersion().orElse(null));
            if (cluster.brokerCount().isPresent()) {
                node.put("brokers", cluster.brokerCount().getAsInt());
            } else {
                node.putNull("brokers");
            }
            node.put("instanceType", cluster.instanceType().orElse(null));
            var auth = node.putArray("auth");
            cluster.auth().stream().sorted().forEach(mode -> auth.add(mode.name()));
            node.put("created", cluster.created().map(Object::toString).orElse(null));
        }
        try {
            return mapper.writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
