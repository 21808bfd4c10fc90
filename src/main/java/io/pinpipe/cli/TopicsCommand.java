package io.pinpipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pinpipe topics ...}: what kafka-topics.sh did on the EC2 client, against any cluster. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "List, inspect, create, change, delete and peek at Kafka topics.",
        subcommands = {TopicsListCommand.class, TopicsDescribeCommand.class, TopicsCreateCommand.class,
                TopicsPipelineCommand.class, TopicsDeleteCommand.class, TopicsAddPartitionsCommand.class,
                TopicsAlterConfigCommand.class, TopicsPeekCommand.class})
public final class TopicsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: list, describe, create, pipeline, delete, add-partitions, alter-config or peek");
    }
}
