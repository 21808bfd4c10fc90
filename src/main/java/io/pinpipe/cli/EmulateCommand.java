package io.pinpipe.cli;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.emulator.DateTimeStyle;
import io.pinpipe.emulator.EmulatorEngine;
import io.pinpipe.emulator.EmulatorListener;
import io.pinpipe.emulator.EmulatorSettings;
import io.pinpipe.emulator.EmulatorState;
import io.pinpipe.emulator.EmulatorStats;
import io.pinpipe.emulator.EventSink;
import io.pinpipe.emulator.IdSampler;
import io.pinpipe.emulator.KafkaSink;
import io.pinpipe.emulator.Limit;
import io.pinpipe.emulator.Pacing;
import io.pinpipe.emulator.RowJson;
import io.pinpipe.emulator.RowSource;
import io.pinpipe.emulator.RunTopics;
import io.pinpipe.topics.PipelinePrefix;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code pinpipe emulate}: the original emulator loop, from a database into the pipeline's three topics. */
@Command(name = "emulate", mixinStandardHelpOptions = true,
        description = {"Streams sampled posts, geolocations and users from the source tables into PREFIX.pin, "
                + "PREFIX.geo and PREFIX.user, keyed by row id, each row as JSON.",
                "Prints progress each second on stderr and the counts at the end; exits 1 if any record failed. "
                        + "Ctrl-C stops the run after flushing what is in flight.",
                "A MySQL password comes from " + PasswordSource.VARIABLE + " in the environment or in a .env file "
                        + "in the working directory, else it is asked for. For TLS to the database (RDS), add "
                        + "?sslMode=VERIFY_IDENTITY (or REQUIRED) to the JDBC URL."})
public final class EmulateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", required = true, paramLabel = "sandbox|JDBC_URL",
            description = "'sandbox' for the built-in sample database, or jdbc:mysql://host:3306/database")
    String source;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "root", description = "Database user (default: ${DEFAULT-VALUE})")
    String dbUser;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    SinkOptions sinkOptions;

    @Option(names = "--topic-prefix", required = true, paramLabel = "PREFIX", description = "Topics PREFIX.pin, PREFIX.geo, PREFIX.user")
    String prefix;

    @Option(names = "--pace", paramLabel = "original|max|RATE", defaultValue = "original",
            description = "original: a random pause of 0 to 2 s; max: as fast as the sink takes; or events per second (default: ${DEFAULT-VALUE})")
    String pace;

    @ArgGroup(exclusive = true)
    RunLimit limit = new RunLimit();

    static final class RunLimit {
        @Option(names = "--count", paramLabel = "N", description = "Stop after N events")
        Long count;

        @Option(names = "--duration", paramLabel = "D", converter = DurationOption.class,
                description = "Stop after a while: 30s, 5m, 1h")
        Duration duration;
    }

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + IdSampler.DEFAULT_SEED,
            description = "Same seed, same ids (default: ${DEFAULT-VALUE}, like the original)")
    long seed;

    @Option(names = "--datetime", paramLabel = "iso|original", defaultValue = "iso",
            description = "Datetimes as 2020-08-28T03:52:47 (iso) or 2020-08-28 03:52:47 (original) (default: ${DEFAULT-VALUE})")
    String datetime;

    @Option(names = "--create-topics", description = "Create the three topics if they do not exist")
    boolean createTopics;

    private final EmulateSource sources;
    private final Function<String, String> env;

    public EmulateCommand() {
        this(DotEnv.over(System::getenv, Path.of(".env")), PasswordSource.Prompt.CONSOLE);
    }

    /** @param env the environment, with a .env file in the working directory under it */
    EmulateCommand(Function<String, String> env, PasswordSource.Prompt prompt) {
        this.env = env;
        this.sources = new EmulateSource(env, new PasswordSource(env, prompt));
    }

    @Override
    public Integer call() {
        var settings = new EmulatorSettings(pacing(), limit(), seed);
        var style = dateTimeStyle();
        validPrefix();
        validSource();
        var err = spec.commandLine().getErr();
        var rest = sinkOptions.rest(createTopics);
        var properties = rest ? new Properties() : connection.clientProperties();
        var rows = RowSource.open(sources.resolve(source, dbUser, err));
        var stats = new EmulatorStats(prefix);
        EventSink sink;
        try {
            if (!rest) {
                List<String> created;
                try (var client = ClusterClient.open(properties, connection.describe())) {
                    created = RunTopics.ensure(client, prefix, createTopics, "add --create-topics to create them");
                }
                if (!created.isEmpty()) {
                    err.println("Created topics " + String.join(", ", created));
                    err.flush();
                }
            }
            sink = rest ? sinkOptions.open(prefix, new RowJson(style), stats, env)
                    : new KafkaSink(properties, prefix, new RowJson(style), stats);
        } catch (RuntimeException e) {
            rows.close();
            throw e;
        }
        err.println("Emulating from " + rows.description() + " (" + rows.rowCount() + " rows) to "
                + (rest ? "the REST proxy at " + sinkOptions.describe() : connection.describe())
                + ", topics " + prefix + ".{pin,geo,user}");
        err.flush();
        var engine = new EmulatorEngine(rows, sink, stats, settings, EmulatorListener.NONE);
        var summary = new EmulateRun(engine, err).run(done -> EmulateReport.summary(spec.commandLine().getOut(), done));
        if (engine.state() instanceof EmulatorState.Failed failed) {
            throw new IllegalStateException("The run failed: " + failed.reason());
        }
        return summary.clean() ? 0 : OneLineErrors.FAILED;
    }

    private Pacing pacing() {
        try {
            return Pacing.parse(pace, seed);
        } catch (IllegalArgumentException e) {
            throw usage("--pace: " + e.getMessage());
        }
    }

    private Limit limit() {
        try {
            if (limit != null && limit.count != null) {
                return new Limit.Count(limit.count);
            }
            if (limit != null && limit.duration != null) {
                return new Limit.Within(limit.duration);
            }
            return new Limit.None();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private DateTimeStyle dateTimeStyle() {
        return switch (datetime.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "iso" -> DateTimeStyle.ISO;
            case "original" -> DateTimeStyle.ORIGINAL;
            default -> throw usage("--datetime must be 'iso' or 'original', not '" + datetime + "'");
        };
    }

    private void validPrefix() {
        PipelinePrefix.problem(prefix).ifPresent(problem -> {
            throw usage("--topic-prefix: " + problem);
        });
    }

    private void validSource() {
        try {
            EmulateSource.target(source);
        } catch (IllegalArgumentException e) {
            throw usage("--source: " + e.getMessage() + "; or 'sandbox' for the sample database");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
