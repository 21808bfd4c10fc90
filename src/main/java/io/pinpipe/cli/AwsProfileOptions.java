package io.pinpipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --profile} and {@code --region} (a picocli mixin): whose AWS credentials, and which region. The AWS CLI's
 * spellings come first; {@code --aws-profile} and {@code --aws-region}, which the cluster commands took first, still work.
 */
final class AwsProfileOptions {

    private static final String PROFILE = "--profile";
    private static final String AWS_PROFILE = "--aws-profile";
    private static final String REGION = "--region";
    private static final String AWS_REGION = "--aws-region";

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = {PROFILE, AWS_PROFILE}, paramLabel = "PROFILE",
            description = "An AWS profile of ~/.aws/config or ~/.aws/credentials (SSO profiles too). Default: AWS_PROFILE, "
                    + "else the default credential chain.")
    String profile;

    @Option(names = {REGION, AWS_REGION}, paramLabel = "REGION",
            description = "An AWS region such as eu-west-1. msk commands: where to look (default: AWS_REGION, else the "
                    + "profile's region); --auth iam: where to assume --role-arn.")
    String region;

    /** The profile option as this command line spells it, for messages. */
    String profileName() {
        return typed(PROFILE, AWS_PROFILE);
    }

    /** The region option as this command line spells it, for messages. */
    String regionName() {
        return typed(REGION, AWS_REGION);
    }

    private String typed(String... names) {
        var parsed = mixee == null || mixee.commandLine() == null ? null : mixee.commandLine().getParseResult();
        if (parsed != null) {
            for (var arg : parsed.originalArgs()) {
                for (var name : names) {
                    if (arg.equals(name) || arg.startsWith(name + "=")) {
                        return name;
                    }
                }
            }
        }
        return names[0];
    }
}
