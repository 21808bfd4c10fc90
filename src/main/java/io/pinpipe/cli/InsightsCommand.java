package io.pinpipe.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.pinpipe.client.ClusterClient;
import io.pinpipe.insights.InsightsException;
import io.pinpipe.insights.InsightsListener;
import io.pinpipe.insights.InsightsReader;
import io.pinpipe.insights.InsightsSnapshot;
import io.pinpipe.insights.PipelineTopics;
import io.pinpipe.insights.Query;
import io.pinpipe.insights.StartAt;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code pinpipe insights --topic-prefix P [--from beginning|now] [--until-idle 5s] [--json]}: the original
 * notebook's eight answers over a pipeline's three topics, printed once they are read to their end; and
 * {@code insights export}.
 */
@Command(name = "insights", mixinStandardHelpOptions = true,
        description = "Cleans and joins a pipeline's three topics and prints the original notebook's eight answers "
                + "once the topics are read to their end. Joins no group, commits nothing. Answers on stdout, the "
                + "status (events read, rows joined and waiting, duplicates, unreadable messages) on stderr.",
        subcommands = {InsightsExportCommand.class})
public final class InsightsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--topic-prefix", paramLabel = "PREFIX", description = "Topics PREFIX.pin, PREFIX.geo, PREFIX.user")
    String prefix;

    @Option(names = "--from", paramLabel = "WHERE", defaultValue = "beginning",
            description = "Where to start: beginning (every message the topics hold) or now (only new ones) "
                    + "(default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--until-idle", paramLabel = "DURATION", defaultValue = "5s", converter = DurationOption.class,
            description = "Once the topics are read to the end they had at the start, how long no message of that "
                    + "backlog must arrive before the answers are printed; messages written meanwhile do not hold "
                    + "them back (default: ${DEFAULT-VALUE}). Gives up when the cluster does not answer for --timeout.")
    Duration untilIdle;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        if (prefix == null || prefix.isBlank()) {
            throw new InsightsException(InsightsException.Reason.INVALID_REQUEST,
                    "Give the pipeline's topic prefix: --topic-prefix PREFIX (for PREFIX.pin, PREFIX.geo, PREFIX.user)");
        }
        var topics = new PipelineTopics(prefix);
        var start = startAt();
        var standing = new StandingProblem();
        try (var client = ClusterClient.open(cluster.connection.clientProperties(), cluster.describe(),
                cluster.timeout());
             var run = InsightsReader.on(client).start(topics, start, standing)) {
            var snapshot = run.awaitIdle(untilIdle, cluster.timeout());
            var out = spec.commandLine().getOut();
            if (json.wanted) {
                out.println(json(snapshot));
            } else {
                text(snapshot, out);
            }
            out.flush();
            var err = spec.commandLine().getErr();
            var note = standing.sentence;
            if (note != null) {
                err.println("pinpipe: " + note);
            }
            err.println(InsightsSummary.of(snapshot.status()));
            err.flush();
        }
        return 0;
    }

    /**
     * The listener of the command: keeps the problem the run reported and not yet resolved (a topic that does not
     * exist yet, ...). It is printed with the answers; a run that gives up says its reason in its one error line.
     */
    private static final class StandingProblem implements InsightsListener {
        volatile String sentence;

        @Override
        public void snapshot(InsightsSnapshot snapshot) {
        }

        @Override
        public void problem(String sentence) {
            this.sentence = sentence;
        }

        @Override
        public void resumed() {
            sentence = null;
        }
    }

    private StartAt startAt() {
        return switch (from.toLowerCase(Locale.ROOT)) {
            case "beginning" -> StartAt.BEGINNING;
            case "now" -> StartAt.NOW;
            default -> throw new InsightsException(InsightsException.Reason.INVALID_REQUEST,
                    "--from is beginning or now, not '" + from + "'");
        };
    }

    private static void text(InsightsSnapshot snapshot, PrintWriter out) {
        boolean first = true;
        for (var query : Query.values()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println(query.question() + ". " + query.title());
            var table = new TextTable(query.columns().toArray(String[]::new));
            for (var row : snapshot.result(query).rows()) {
                table.row(row.stream().map(InsightsCommand::cell).toArray());
            }
            table.print(out);
        }
    }

    private static String cell(Object value) {
        if (value instanceof Double number && number == Math.rint(number) && !number.isInfinite()) {
            return String.format(Locale.ROOT, "%.1f", number);
        }
        return String.valueOf(value);
    }

    static String json(InsightsSnapshot snapshot) {
        var document = new LinkedHashMap<String, Object>();
        for (var query : Query.values()) {
            var rows = snapshot.result(query).rows().stream().map(row -> keyed(query.columns(), row)).toList();
            document.put(query.jsonName(), rows);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the answers as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Object> keyed(List<String> columns, List<Object> row) {
        var keyed = new LinkedHashMap<String, Object>();
        for (int i = 0; i < columns.size(); i++) {
            keyed.put(columns.get(i), row.get(i));
        }
        return keyed;
    }
}
