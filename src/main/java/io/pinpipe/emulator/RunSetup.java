package io.pinpipe.emulator;

import io.pinpipe.client.ClusterClient;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The I/O before a run, for callers that do not print as they go (the Emulator pane): open and check the
 * source, make sure the topics exist, make the sink. What was opened is closed again if a later step fails.
 */
public final class RunSetup {

    /** Where the records go. */
    public sealed interface Target {

        /**
         * @param client     the cluster's client, shared: the run does not close it
         * @param partitions for topics it creates, empty for the broker's default; so is {@code replicationFactor}
         */
        record Kafka(ClusterClient client, boolean createTopics, OptionalInt partitions, OptionalInt replicationFactor)
                implements Target {
        }

        record RestProxy(URI url, Optional<String> apiKey, int batchSize) implements Target {
        }
    }

    /** Everything one run is made of. */
    public record Plan(SourceSettings source, Target target, String prefix, DateTimeStyle dateTimes,
                       EmulatorSettings settings) {
    }

    /** A run ready to start, and what setting it up did. */
    public record Prepared(EmulatorEngine engine, String source, int rowCount, List<String> createdTopics) {
    }

    private RunSetup() {
    }

    /** @param step told of each step as it begins, in words */
    public static Prepared prepare(Plan plan, EmulatorListener listener, Consumer<String> step) {
        step.accept("Opening " + plan.source().description());
        var rows = RowSource.open(plan.source());
        try {
            var created = List.<String>of();
            if (plan.target() instanceof Target.Kafka kafka) {
                step.accept("Checking the topics at " + kafka.client().where());
                created = RunTopics.ensure(kafka.client(), plan.prefix(), kafka.createTopics(), kafka.partitions(),
                        kafka.replicationFactor(), "tick \"Create missing topics\" to create them");
            }
            var stats = new EmulatorStats(plan.prefix());
            var json = new RowJson(plan.dateTimes());
            EventSink sink = plan.target() instanceof Target.RestProxy rest
                    ? new RestProxySink(rest.url(), rest.apiKey(), plan.prefix(), json, stats, rest.batchSize())
                    : new KafkaSink(((Target.Kafka) plan.target()).client(), plan.prefix(), json, stats);
            var engine = new EmulatorEngine(rows, sink, stats, plan.settings(), listener);
            return new Prepared(engine, rows.description(), rows.rowCount(), created);
        } catch (RuntimeException e) {
            rows.close();
            throw e;
        }
    }
}
