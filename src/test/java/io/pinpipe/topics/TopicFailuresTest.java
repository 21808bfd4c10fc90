package io.pinpipe.topics;

import io.pinpipe.topics.TopicException.Reason;
import io.pinpipe.topics.TopicFailures.Operation;
import org.apache.kafka.common.errors.InvalidReplicationFactorException;
import org.apache.kafka.common.errors.PolicyViolationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Refusals the embedded broker cannot be made to give (policies, ACLs, SASL) still read as sentences. */
class TopicFailuresTest {

    private final TopicFailures failures = new TopicFailures("b-1.msk.example:9098", Duration.ofSeconds(15));
    private final Operation create = Operation.on("create topic", "orders");

    @Test
    void policyAndAuthorisationNameTheOperationAndTopic() {
        assertThat(failures.describe(new PolicyViolationException("Topics must have at least 3 partitions."), create))
                .hasMessage("The cluster's topic policy refused to create topic 'orders': Topics must have at least 3 partitions")
                .extracting(TopicException::reason).isEqualTo(Reason.POLICY);
        assertThat(failures.describe(new TopicAuthorizationException(Set.of("orders")), create))
                .hasMessage("Not authorised to create topic 'orders' at b-1.msk.example:9098: the ACLs or IAM policy "
                        + "do not allow it for this principal")
                .extracting(TopicException::reason).isEqualTo(Reason.NOT_AUTHORISED);
    }

    @Test
    void executionExceptionsAreUnwrapped() {
        var wrapped = new ExecutionException(new TopicExistsException("Topic 'orders' already exists."));

        assertThat(failures.describe(wrapped, create)).hasMessage("Topic 'orders' already exists at b-1.msk.example:9098")
                .extracting(TopicException::reason).isEqualTo(Reason.ALREADY_EXISTS);
    }

    @Test
    void brokerRefusalsKeepTheBrokersWords() {
        assertThat(failures.describe(new InvalidReplicationFactorException(
                "Unable to replicate the partition 3 time(s): The target replication factor of 3 cannot be reached "
                        + "because only 1 broker(s) are registered."), create))
                .hasMessage("The replication factor for topic 'orders' is larger than the brokers can hold: Unable to "
                        + "replicate the partition 3 time(s): The target replication factor of 3 cannot be reached "
                        + "because only 1 broker(s) are registered");
    }

    @Test
    void timeoutsAndLoginsNameTheCluster() {
        assertThat(failures.describe(new TimeoutException("Timed out waiting for a node assignment."), Operation.of("list topics")))
                .hasMessage("No answer from b-1.msk.example:9098 within 15 s while trying to list topics: check the "
                        + "bootstrap address, the network path and the authentication mode")
                .extracting(TopicException::reason).isEqualTo(Reason.TIMEOUT);
        assertThat(failures.describe(new SaslAuthenticationException("Authentication failed during authentication due to "
                + "invalid credentials with SASL mechanism SCRAM-SHA-512"), Operation.of("list topics")))
                .hasMessage("Authentication at b-1.msk.example:9098 failed: Authentication failed during authentication "
                        + "due to invalid credentials with SASL mechanism SCRAM-SHA-512");
    }
}
