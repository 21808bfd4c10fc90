package io.pinpipe.cli;

import io.pinpipe.clusters.ClusterConnections;
import io.pinpipe.clusters.ClusterLookup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code pinpipe msk client-properties CLUSTER --auth A}: a ready client.properties, never with a secret. */
@Command(name = "client-properties", mixinStandardHelpOptions = true,
        description = "Writes a Kafka client.properties for the cluster and auth mode (for IAM with the default chain, "
                + "exactly the one the original pipeline used). No password or key is ever written.")
final class MskClientPropertiesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    AwsOptions aws;

    @Parameters(index = "0", paramLabel = "CLUSTER", description = "The cluster's name or ARN")
    String cluster;

    @Option(names = "--auth", required = true, paramLabel = "MODE", description = "iam, tls, scram or plaintext")
    String auth;

    @Option(names = "--scram-user", paramLabel = "USER", description = "scram: the user (the password is left for you to fill in)")
    String scramUser;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output")
    Path output;

    @Option(names = "--force", description = "Overwrite FILE if it exists")
    boolean force;

    @Override
    public Integer call() {
        var mode = MskCommand.authMode(spec.commandLine(), auth);
        if (scramUser != null && mode != io.pinpipe.connections.AuthMode.SCRAM) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scram-user applies to --auth scram only");
        }
        if (mode == io.pinpipe.connections.AuthMode.SCRAM && scramUser == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--auth scram needs --scram-user USER");
        }
        if (output != null && Files.exists(output) && !force) {
            throw new CommandLine.ParameterException(spec.commandLine(), output + " exists: add --force to overwrite it");
        }
        var target = aws.target();
        String text;
        try (var gateway = aws.gateway(target)) {
            var found = ClusterLookup.find(gateway, cluster);
            text = ClusterConnections.clientProperties(found, gateway.bootstrapBrokers(found), mode, target.profile(),
                    Optional.ofNullable(scramUser));
        }
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            Files.writeString(output, text, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + output + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println("wrote " + output);
        return 0;
    }
}
