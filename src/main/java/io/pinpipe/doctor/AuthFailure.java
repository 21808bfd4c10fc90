package io.pinpipe.doctor;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.KafkaFailures;
import org.apache.kafka.common.errors.IllegalSaslStateException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnsupportedSaslMechanismException;

import java.time.Duration;

/** The authentication step's failure: the client's error in words (via {@link KafkaFailures}), and what to do. */
final class AuthFailure {

    private AuthFailure() {
    }

    static StepResult.Failed of(Exception error, Checkup checkup, String protocol, Duration timeout) {
        var bootstrap = checkup.connection().bootstrap();
        var auth = checkup.connection().auth();
        var detail = error.getClass().getName() + ": " + error.getMessage();
        if (error instanceof TimeoutException || error instanceof java.util.concurrent.TimeoutException) {
            return new StepResult.Failed("Reached " + bootstrap + ", but no Kafka answer came within " + Seconds.of(timeout),
                    "The listener probably expects another security protocol than " + protocol + ": check the port and "
                            + "the auth mode (" + TcpStep.MSK_PORTS + ")", detail);
        }
        if (error instanceof IllegalSaslStateException || error instanceof UnsupportedSaslMechanismException) {
            return new StepResult.Failed("The listener at " + bootstrap + " does not take this SASL mechanism ("
                    + error.getMessage() + ")", "Check the port (" + TcpStep.MSK_PORTS + "), and that the cluster has "
                    + "this authentication turned on", detail);
        }
        var message = KafkaFailures.describe(error, bootstrap);
        if (error instanceof SaslAuthenticationException && auth instanceof AuthSettings.Scram scram) {
            return new StepResult.Failed(message, "Check the password of " + scram.username() + " (" 
                    + io.pinpipe.connections.SecretSource.SCRAM_PASSWORD_VARIABLE + ", or the one typed this session). "
                    + "On MSK the user is an AWS Secrets Manager secret named AmazonMSK_..., associated with the cluster", detail);
        }
        if (auth instanceof AuthSettings.Iam) {
            var who = checkup.identity().map(identity -> identity.arn()).orElse("the AWS identity in use");
            return new StepResult.Failed(message, "Give " + who + " an IAM policy allowing kafka-cluster:Connect (and "
                    + "kafka-cluster:DescribeCluster) on the cluster's ARN, and check that the cluster has IAM "
                    + "authentication turned on", detail);
        }
        return new StepResult.Failed(message, "Check the connection's settings against the cluster's client information", detail);
    }
}
