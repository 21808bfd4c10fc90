package io.pinpipe.doctor;

import io.pinpipe.connections.AuthSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Set;

/**
 * For IAM connections: whose AWS credentials sign the Kafka login (STS GetCallerIdentity), and which
 * credential provider supplied them. Needs no broker, so it runs even when the network steps failed.
 */
final class AwsIdentityStep implements DoctorStep {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final AwsIdentityProbe probe;

    AwsIdentityStep(AwsIdentityProbe probe) {
        this.probe = probe;
    }

    @Override
    public StepId id() {
        return StepId.AWS_IDENTITY;
    }

    @Override
    public Duration timeout() {
        return TIMEOUT;
    }

    @Override
    public Set<StepId> needs() {
        return Set.of();
    }

    @Override
    public StepResult run(Checkup checkup) {
        var iam = (AuthSettings.Iam) checkup.connection().auth();
        try {
            var identity = probe.whoAmI(iam, checkup.connection().bootstrap(), TIMEOUT);
            checkup.identity(identity);
            var details = new ArrayList<String>();
            details.add("Account " + identity.account() + ", user id " + identity.userId());
            details.add("Credentials from " + ProviderNames.describe(identity.providerName(), identity.profile())
                    + " (SDK provider name: " + identity.providerName() + ")");
            details.add(identity.profile().map(profile -> "Profile " + profile + " (from the connection)")
                    .orElse("No profile in the connection: the default credential chain"
                            + iam.roleArn().map(arn -> ", then role " + arn + " assumed").orElse("")));
            details.add("STS region " + identity.region());
            return StepResult.Passed.of(identity.arn(), details);
        } catch (Exception e) {
            return AwsFailure.of(e, iam);
        }
    }
}
