package io.pinpipe.doctor;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.MissingSecretException;

import java.time.Duration;
import java.util.Set;

/**
 * Step 4: the first Kafka request, which is where SASL authentication happens. For plaintext and TLS
 * connections it shows that the listener speaks Kafka with this security protocol.
 */
final class AuthenticationStep implements DoctorStep {

    private static final Duration DESCRIBE = Duration.ofSeconds(6);
    private static final Duration LIST = Duration.ofSeconds(5);

    @Override
    public StepId id() {
        return StepId.AUTHENTICATE;
    }

    @Override
    public String title(Connection connection) {
        var auth = connection.auth();
        if (auth instanceof AuthSettings.Scram scram) {
            return "Authenticate (SASL/SCRAM as " + scram.username() + ")";
        }
        return auth instanceof AuthSettings.Iam ? "Authenticate (IAM)" : "Kafka answers (no authentication)";
    }

    @Override
    public Duration timeout() {
        return DESCRIBE.plus(LIST).plusSeconds(1);
    }

    @Override
    public Set<StepId> needs() {
        return Set.of(StepId.TCP, StepId.TLS, StepId.AWS_IDENTITY);
    }

    @Override
    public StepResult run(Checkup checkup) {
        var connection = checkup.connection();
        java.util.Properties properties;
        try {
            properties = checkup.clientProperties();
        } catch (MissingSecretException e) {
            return new StepResult.Failed(e.getMessage(), "Set " + io.pinpipe.connections.SecretSource.SCRAM_PASSWORD_VARIABLE
                    + ", or type the password when asked (in the window: in the connection's dialog)", "");
        } catch (RuntimeException e) {
            return new StepResult.Failed(e.getMessage(), "Fix the connection's settings", "");
        }
        try {
            var answer = KafkaProbe.ask(properties, DESCRIBE, LIST);
            checkup.kafka(answer);
            return StepResult.Passed.of(passed(checkup) + " (" + Seconds.of(answer.took()) + ")", java.util.List.of());
        } catch (Exception e) {
            return AuthFailure.of(e, checkup, properties.getProperty("security.protocol", "PLAINTEXT"), DESCRIBE);
        }
    }

    private static String passed(Checkup checkup) {
        var auth = checkup.connection().auth();
        if (auth instanceof AuthSettings.Scram scram) {
            return "Signed in as " + scram.username() + " with SCRAM-SHA-512";
        }
        if (auth instanceof AuthSettings.Iam) {
            return "Signed in with IAM" + checkup.identity().map(identity -> " as " + identity.arn()).orElse("");
        }
        return "The bootstrap broker answered a Kafka request " + (auth.tlsOptions().isPresent() ? "over TLS" : "in plaintext")
                + ", no authentication asked";
    }
}
