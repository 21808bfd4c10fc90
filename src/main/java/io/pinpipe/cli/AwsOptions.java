package io.pinpipe.cli;

import io.pinpipe.clusters.AwsEnvironment;
import io.pinpipe.clusters.AwsProfile;
import io.pinpipe.clusters.AwsProfiles;
import io.pinpipe.clusters.MskClientOptions;
import io.pinpipe.clusters.MskGateway;
import io.pinpipe.clusters.MskRegions;
import io.pinpipe.clusters.MskTarget;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.URI;
import java.util.Optional;
import java.util.stream.Collectors;

/** Whose AWS credentials and which region (a picocli mixin), with the AWS CLI's environment variables honoured. */
public final class AwsOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Mixin
    AwsProfileOptions given = new AwsProfileOptions();

    @Option(names = "--endpoint-url", paramLabel = "URL", hidden = true,
            description = "Another MSK API endpoint (a local fake or a VPC endpoint). Default: AWS_ENDPOINT_URL_KAFKA.")
    String endpointUrl;

    private final java.util.function.Supplier<AwsEnvironment> environmentSource;
    private AwsEnvironment environment;
    private AwsProfiles profiles;

    /** The AWS setup of the command line's composition root. */
    public AwsOptions() {
        this.environmentSource = () -> CliRoot.current().aws();
    }

    AwsOptions(AwsEnvironment environment) {
        this.environmentSource = () -> environment;
    }

    private AwsEnvironment environment() {
        if (environment == null) {
            environment = environmentSource.get();
        }
        return environment;
    }

    AwsProfiles profiles() {
        if (profiles == null) {
            profiles = AwsProfiles.read(environment());
        }
        return profiles;
    }

    /** @throws CommandLine.ParameterException for a profile the files do not have */
    AwsProfile profile() {
        var name = Optional.ofNullable(given.profile).or(environment()::profile);
        if (name.isEmpty()) {
            return AwsProfile.DEFAULT_CHAIN;
        }
        return profiles().find(name.get()).orElseThrow(() -> bad("No AWS profile '" + name.get() + "' in "
                + environment().configFile() + " or " + environment().credentialsFile() + "; there are: "
                + profiles().list().stream().skip(1).map(AwsProfile::label).collect(Collectors.joining(", "))));
    }

    /** @throws CommandLine.ParameterException when no region is given anywhere, or MSK is not offered there */
    String region(AwsProfile chosen) {
        var value = Optional.ofNullable(given.region).or(environment()::region).or(chosen::region).orElseThrow(() -> bad(
                "No AWS region: give --region (e.g. --region eu-west-1) or set AWS_REGION"));
        MskRegions.problem(value, endpoint().isPresent()).ifPresent(problem -> {
            throw bad(problem);
        });
        return value.strip();
    }

    boolean regionGiven() {
        return given.region != null;
    }

    Optional<URI> endpoint() {
        try {
            return Optional.ofNullable(endpointUrl).map(AwsEnvironment::endpointUri).or(environment()::endpoint);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
    }

    MskTarget target() {
        var chosen = profile();
        return new MskTarget(chosen, region(chosen));
    }

    MskClientOptions options() {
        return MskClientOptions.DEFAULTS.withEndpoint(endpoint());
    }

    MskGateway gateway(MskTarget target) {
        return MskGateway.open(target, profiles(), options());
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(mixee.commandLine(), message);
    }
}
