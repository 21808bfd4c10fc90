package io.pinpipe.clusters;

import io.pinpipe.core.Tone;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterStateTest {

    @Test
    void readsAsWordsInTheToneOfWhatClientsCanDo() {
        assertThat(ClusterState.of("REBOOTING_BROKER").label()).isEqualTo("Rebooting broker");
        assertThat(ClusterState.ACTIVE.tone()).isEqualTo(Tone.OK);
        assertThat(ClusterState.MAINTENANCE.tone()).isEqualTo(Tone.BUSY);
        assertThat(ClusterState.DELETING.tone()).isEqualTo(Tone.FAILED);
        assertThat(ClusterState.of("SOMETHING_NEW")).isEqualTo(ClusterState.UNKNOWN)
                .extracting(ClusterState::tone).isEqualTo(Tone.FAILED);
    }
}
