package io.pinpipe.cli;

import io.pinpipe.emulator.EmulatorStats;
import io.pinpipe.emulator.RestProxySink;
import io.pinpipe.emulator.RestProxyUrl;
import io.pinpipe.emulator.RowJson;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** {@code --sink kafka|rest} and the REST proxy's settings (a picocli mixin of {@code pinpipe emulate}). */
final class SinkOptions {

    static final String API_KEY_VARIABLE = "PINPIPE_REST_API_KEY";

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--sink", paramLabel = "kafka|rest", defaultValue = "kafka",
            description = "kafka: straight to the cluster; rest: through a Confluent REST proxy (default: ${DEFAULT-VALUE})")
    String sink;

    @Option(names = "--rest-url", paramLabel = "URL",
            description = "The REST proxy's invoke URL; records go to URL/topics/TOPIC")
    String restUrl;

    @Option(names = "--api-key", paramLabel = "KEY",
            description = "Sent as x-api-key to the REST proxy (else from " + API_KEY_VARIABLE + ", if set)")
    String apiKey;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "20",
            description = "Records per REST request, 1 to 1000 (default: ${DEFAULT-VALUE})")
    int batchSize;

    /** True for the REST proxy; checks that the options given fit the sink chosen. */
    boolean rest(boolean createTopics) {
        var kind = sink.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("kafka") && !kind.equals("rest")) {
            throw usage("--sink must be 'kafka' or 'rest', not '" + sink + "'");
        }
        if (kind.equals("kafka")) {
            if (restUrl != null || apiKey != null) {
                throw usage("--rest-url and --api-key need --sink rest");
            }
            return false;
        }
        if (restUrl == null) {
            throw usage("--sink rest needs --rest-url URL");
        }
        if (createTopics) {
            throw usage("--create-topics works with --sink kafka only: the REST proxy writes to existing topics");
        }
        if (batchSize < 1 || batchSize > 1000) {
            throw usage("--batch-size must be between 1 and 1000, not " + batchSize);
        }
        url();
        return true;
    }

    RestProxySink open(String prefix, RowJson json, EmulatorStats stats, Function<String, String> env) {
        var key = Optional.ofNullable(apiKey).or(() -> Optional.ofNullable(env.apply(API_KEY_VARIABLE))).filter(k -> !k.isBlank());
        return new RestProxySink(url(), key, prefix, json, stats, batchSize);
    }

    /** The URL without any API key in it, for messages. */
    String describe() {
        return restUrl;
    }

    private URI url() {
        try {
            return RestProxyUrl.parse(restUrl);
        } catch (IllegalArgumentException e) {
            throw usage("--rest-url: " + e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(mixee.commandLine(), message);
    }
}
