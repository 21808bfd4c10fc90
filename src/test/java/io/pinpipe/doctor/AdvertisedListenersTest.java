package io.pinpipe.doctor;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.testing.MisadvertisedKafka;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.pinpipe.doctor.StepId.AUTHENTICATE;
import static io.pinpipe.doctor.StepId.METADATA;
import static io.pinpipe.doctor.StepId.RESOLVE;
import static io.pinpipe.doctor.StepId.TCP;
import static org.assertj.core.api.Assertions.assertThat;

/** The MSK pitfall: the bootstrap answers, but the addresses the brokers advertise cannot be reached from here. */
@Tag("slow")
class AdvertisedListenersTest {

    @Test
    void aBootstrapThatAnswersWhileItsAdvertisedAddressIsClosedIsRedAtMetadataNamingTheAddress() throws Exception {
        try (var kafka = MisadvertisedKafka.start()) {
            var connection = new Connection("tunnel", kafka.bootstrap(), new AuthSettings.Plaintext());

            var diagnosis = Diagnosis.of(connection, SecretSource.none());

            assertThat(diagnosis.symbols()).containsExactly(Map.entry(RESOLVE, "✓"), Map.entry(TCP, "✓"),
                    Map.entry(AUTHENTICATE, "✓"), Map.entry(METADATA, "✗"));
            var metadata = diagnosis.step(METADATA).result();
            assertThat(metadata.message()).isEqualTo("Broker 1 advertises " + kafka.advertised() + ", which this machine "
                    + "cannot reach: nothing is listening at " + kafka.advertised() + " (connection refused)");
            assertThat(metadata.advice()).hasValueSatisfying(advice -> assertThat(advice)
                    .startsWith("After the bootstrap, Kafka clients connect to the addresses the brokers advertise"));
        }
    }
}
