package io.pinpipe.sandbox;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class PortPickerTest {

    @Test
    void keepsAFreePreferredPortWithoutANote() {
        var free = PortPicker.anyFree();

        assertThat(PortPicker.preferring(free)).isEqualTo(new PortPicker.Choice(free, java.util.Optional.empty()));
    }

    @Test
    void replacesATakenPortAndSaysSo() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            var choice = PortPicker.preferring(taken.getLocalPort());

            assertThat(choice.port()).isNotEqualTo(taken.getLocalPort());
            assertThat(PortPicker.isFree(choice.port())).isTrue();
            assertThat(choice.note()).contains("Port " + taken.getLocalPort()
                    + " is in use; the sandbox listens on 127.0.0.1:" + choice.port() + " instead.");
        }
    }

    @Test
    void replacesAPortTakenMeanwhileAndNamesWhoTookIt() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            var choice = PortPicker.replacing(taken.getLocalPort(), "another broker");

            assertThat(choice.port()).isNotEqualTo(taken.getLocalPort());
            assertThat(choice.note()).contains("Port " + taken.getLocalPort() + " is in use (another broker took it as the sandbox started); the sandbox listens on "
                    + "127.0.0.1:" + choice.port() + " instead.");
        }
    }
}
