package io.pinpipe.doctor;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.ClientProperties;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Finds the credentials an IAM connection would use, the way aws-msk-iam-auth picks them (the connection's
 * profile, else a role assumed with the default chain, else the default chain), and asks STS whose they are.
 */
final class AwsIdentityProbe {

    private static final Pattern BROKER_REGION = Pattern.compile("\\.kafka(?:-serverless)?\\.([a-z0-9-]+)\\.amazonaws\\.com");

    private final AwsSetup setup;

    AwsIdentityProbe(AwsSetup setup) {
        this.setup = setup;
    }

    /** @throws Exception what the SDK threw: no credentials, an expired token, access denied, no network... */
    AwsIdentity whoAmI(AuthSettings.Iam iam, String bootstrap, Duration timeout) throws Exception {
        var region = region(iam, bootstrap);
        var opened = new ArrayList<SdkAutoCloseable>();
        try {
            var provider = provider(iam, region, timeout, opened);
            var credentials = provider.resolveIdentity().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            var sts = sts(region, provider, timeout, opened);
            var caller = sts.getCallerIdentity();
            return new AwsIdentity(caller.account(), caller.arn(), caller.userId(),
                    credentials.providerName().orElse(provider.getClass().getSimpleName()), iam.awsProfile(), region);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            opened.forEach(SdkAutoCloseable::close);
        }
    }

    private AwsCredentialsProvider provider(AuthSettings.Iam iam, String region, Duration timeout, List<SdkAutoCloseable> opened) {
        if (iam.awsProfile().isPresent()) {
            return keep(ProfileCredentialsProvider.builder().profileFile(setup.profiles())
                    .profileName(iam.awsProfile().get()).build(), opened);
        }
        var chain = keep(DefaultCredentialsProvider.builder().profileFile(setup.profiles()).build(), opened);
        if (iam.roleArn().isEmpty()) {
            return chain;
        }
        var sts = sts(region, chain, timeout, opened);
        return keep(StsAssumeRoleCredentialsProvider.builder().stsClient(sts)
                .refreshRequest(request -> request.roleArn(iam.roleArn().get())
                        .roleSessionName(ClientProperties.ROLE_SESSION_NAME)).build(), opened);
    }

    private StsClient sts(String region, AwsCredentialsProvider credentials, Duration timeout, List<SdkAutoCloseable> opened) {
        var builder = StsClient.builder().region(Region.of(region)).credentialsProvider(credentials)
                .overrideConfiguration(config -> config.apiCallTimeout(timeout).retryStrategy(AwsRetryStrategy.doNotRetry()));
        setup.stsEndpoint().ifPresent(builder::endpointOverride);
        return keep(builder.build(), opened);
    }

    /** The connection's region, else the one in the broker names, else the profile's, else us-east-1. */
    String region(AuthSettings.Iam iam, String bootstrap) {
        if (iam.awsRegion().isPresent()) {
            return iam.awsRegion().get();
        }
        var matcher = BROKER_REGION.matcher(bootstrap);
        if (matcher.find()) {
            return matcher.group(1);
        }
        return profileRegion(iam.awsProfile().orElse(Optional.ofNullable(System.getenv("AWS_PROFILE")).orElse("default")))
                .orElse("us-east-1");
    }

    private Optional<String> profileRegion(String profile) {
        try {
            return setup.profiles().get().profile(profile).flatMap(p -> p.property("region"));
        } catch (RuntimeException e) {
            return Optional.empty(); // an unreadable config file is reported when credentials are looked up
        }
    }

    private static <T extends SdkAutoCloseable> T keep(T closeable, List<SdkAutoCloseable> opened) {
        opened.add(closeable);
        return closeable;
    }
}
