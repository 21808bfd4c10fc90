package io.pinpipe.cli;

import io.pinpipe.connections.ConnectionRules;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.util.Optional;

/** {@code --bootstrap} (a picocli mixin): a cluster's bootstrap servers, their shape checked before anything connects. */
final class BootstrapOption {

    static final String LABEL = "HOST:PORT[,HOST:PORT...]";

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--bootstrap", paramLabel = LABEL,
            description = "The cluster's bootstrap servers ('pinpipe msk brokers' prints an MSK cluster's). A command "
                    + "that connects uses the running local sandbox when given none of --bootstrap, --connection and "
                    + "--command-config.")
    String servers;

    boolean given() {
        return servers != null;
    }

    /** @throws CommandLine.ParameterException for servers given in a shape that is not HOST:PORT[,HOST:PORT...] */
    Optional<String> servers() {
        if (servers == null) {
            return Optional.empty();
        }
        ConnectionRules.bootstrapProblem(servers).ifPresent(problem -> {
            throw usage("--bootstrap: " + problem);
        });
        return Optional.of(servers);
    }

    private RuntimeException usage(String message) {
        return mixee != null ? new CommandLine.ParameterException(mixee.commandLine(), message)
                : new IllegalArgumentException(message);
    }
}
