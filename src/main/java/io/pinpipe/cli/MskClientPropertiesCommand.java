package io.pinpipe.cli;

import io.pinpipe.clusters.ClusterConnections;
import io.pinpipe.connections.AuthMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code pinpipe msk client-properties CLUSTER --auth A}: a ready client.properties, never with a secret. */
@Command(name = "client-properties", mixinStandardHelpOptions = true, modelTransformer = RequiredOption.Auth.class,
        description = "Writes a Kafka client.properties for the cluster and auth mode (for IAM with the default chain, "
                + "exactly the one the original pipeline used). No password or key is ever written.")
final class MskClientPropertiesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    MskClusterArgument cluster;

    @Mixin
    AuthModeOption auth;

    @Mixin
    ScramUserOption scram;

    @Mixin
    OutputFileOptions output;

    @Override
    public Integer call() {
        var mode = MskCommand.authMode(spec.commandLine(), auth).orElseThrow();
        if (scram.given() && mode != AuthMode.SCRAM) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scram-user applies to --auth scram only");
        }
        if (mode == AuthMode.SCRAM && !scram.given()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--auth scram needs --scram-user USER");
        }
        output.checkFree();
        String text;
        try (var gateway = cluster.gateway()) {
            var found = cluster.find(gateway);
            text = ClusterConnections.clientProperties(found, gateway.bootstrapBrokers(found), mode, gateway.target().profile(),
                    scram.user());
        }
        if (output.write(text)) {
            spec.commandLine().getOut().println("wrote " + output.file);
        }
        return 0;
    }
}
