package io.pinpipe.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/**
 * {@code pinpipe insights --topic-prefix P [--from beginning|now] [--until-idle 5s] [--json]}: the original
 * notebook's eight answers over a pipeline's three topics, printed once they are read to their end; and
 * {@code insights export}.
 */
@Command(name = "insights", mixinStandardHelpOptions = true,
        description = "Cleans and joins a pipeline's three topics and prints the original notebook's eight answers "
                + "once the topics are read to their end. Joins no group, commits nothing.",
        subcommands = {InsightsExportCommand.class})
public final class InsightsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("helper: engine");
    }
}
