package io.pinpipe.cli;

import io.pinpipe.settings.AppPaths;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The real command line with a given environment and no terminal; keeps what the last run printed. */
final class ConnectionsCli {

    final Map<String, String> env = new HashMap<>();
    String out = "";
    String err = "";

    int run(String... args) {
        var services = io.pinpipe.root.Services.forCommandLine(AppPaths.fromEnvironment(), env::get,
                io.pinpipe.connections.SecretSource.none(), io.pinpipe.clusters.AwsEnvironment.of(env::get));
        try {
            return runWith(services, args);
        } finally {
            services.close();
        }
    }

    private int runWith(io.pinpipe.root.Services services, String... args) {
        var outWriter = new StringWriter();
        var errWriter = new StringWriter();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ConnectionOptions.class) {
                    return type.cast(new ConnectionOptions(env::get, question -> Optional.empty(),
                            services::connections));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        var code = PinpipeCommand.commandLine(new PrintWriter(outWriter, true), new PrintWriter(errWriter, true), factory).execute(args);
        out = outWriter.toString();
        err = errWriter.toString();
        return code;
    }
}
