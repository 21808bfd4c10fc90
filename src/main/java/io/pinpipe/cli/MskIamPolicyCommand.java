package io.pinpipe.cli;

import io.pinpipe.clusters.ClusterArn;
import io.pinpipe.clusters.IamPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code pinpipe msk iam-policy CLUSTER --topic-prefix P}: the least-privilege policy instead of the seed's. */
@Command(name = "iam-policy", mixinStandardHelpOptions = true,
        description = {"Prints a least-privilege IAM policy for a client of the cluster: connect to it, and use only the "
                + "topics (and consumer groups) whose names start with the prefixes.",
                "Given an ARN, no AWS call is made."})
final class MskIamPolicyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    MskClusterArgument cluster;

    @Option(names = "--topic-prefix", required = true, paramLabel = "PREFIX", description = "e.g. 0a1b2c3d4e5f. for 0a1b2c3d4e5f.pin, .geo, .user")
    String topicPrefix;

    @Option(names = "--group-prefix", paramLabel = "PREFIX", description = "Consumer groups. Default: the topic prefix")
    String groupPrefix;

    @Option(names = "--compare", description = "Also print the over-permissive policy of the original pipeline it replaces")
    boolean compare;

    @Override
    public Integer call() {
        IamPolicy.prefixProblem(topicPrefix, "topic")
                .or(() -> groupPrefix == null ? Optional.empty() : IamPolicy.prefixProblem(groupPrefix, "consumer group"))
                .ifPresent(problem -> {
                    throw new CommandLine.ParameterException(spec.commandLine(), problem);
                });
        ClusterArn arn;
        if (ClusterArn.looksLikeArn(cluster.cluster)) {
            try {
                arn = ClusterArn.parse(cluster.cluster);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        } else {
            try (var gateway = cluster.gateway()) {
                arn = cluster.find(gateway).arn();
            }
        }
        var out = spec.commandLine().getOut();
        if (compare) {
            out.println("// Replaces the original pipeline's policy, which allows every Kafka action on every cluster of the account:");
            out.print(IamPolicy.text(IamPolicy.seedPolicy(arn.account())));
            out.println("// Least privilege for " + arn.clusterName() + ":");
        }
        out.print(IamPolicy.text(IamPolicy.leastPrivilege(arn, topicPrefix, Optional.ofNullable(groupPrefix))));
        out.flush();
        return 0;
    }
}
