package io.pinpipe.cli;

import io.pinpipe.connections.AuthMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Optional;

/** {@code pinpipe msk ...}: what the MSK console page was for, from a terminal. */
@Command(name = "msk", mixinStandardHelpOptions = true,
        description = {"Amazon MSK clusters of an AWS profile and region: list them, print their bootstrap brokers, "
                + "write a client.properties or a least-privilege IAM policy.",
                "Credentials come from the AWS profile or the default chain (environment, SSO, instance role); "
                        + "none are ever written anywhere."},
        subcommands = {MskClustersCommand.class, MskBrokersCommand.class, MskClientPropertiesCommand.class,
                MskIamPolicyCommand.class})
public final class MskCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: clusters, brokers, client-properties or iam-policy");
    }

    /** @throws CommandLine.ParameterException naming the modes there are */
    static Optional<AuthMode> authMode(CommandLine commandLine, AuthModeOption option) {
        try {
            return option.mode();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }
}
