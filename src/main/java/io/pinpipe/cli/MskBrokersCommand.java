package io.pinpipe.cli;

import io.pinpipe.clusters.BootstrapString;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code pinpipe msk brokers CLUSTER}: the bootstrap broker strings, or just one to paste into a command. */
@Command(name = "brokers", mixinStandardHelpOptions = true,
        description = {"Prints the cluster's bootstrap broker strings (GetBootstrapBrokers), every auth mode and network.",
                "With --auth, only the servers for that mode (inside the VPC if there, else public), for scripts: "
                        + "--bootstrap $(pinpipe msk brokers demo --auth iam)"})
final class MskBrokersCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    MskClusterArgument cluster;

    @Mixin
    AuthModeOption auth;

    @Override
    public Integer call() {
        var mode = MskCommand.authMode(spec.commandLine(), auth);
        try (var gateway = cluster.gateway()) {
            var found = cluster.find(gateway);
            var brokers = gateway.bootstrapBrokers(found);
            var out = spec.commandLine().getOut();
            if (mode.isPresent()) {
                var servers = brokers.forMode(mode.get()).orElseThrow(() -> new IllegalArgumentException("Cluster " + found.name()
                        + " has no bootstrap brokers for " + mode.get().label() + "; it has: " + String.join(", ",
                        brokers.strings().stream().map(s -> s.mode().id()).distinct().toList())));
                out.println(servers.servers());
            } else {
                var table = new TextTable("AUTH", "NETWORK", "BOOTSTRAP");
                for (BootstrapString string : brokers.strings()) {
                    table.row(string.mode().id(), string.network().name().toLowerCase().replace('_', '-'), string.servers());
                }
                table.print(out);
            }
            out.flush();
        }
        return 0;
    }
}
