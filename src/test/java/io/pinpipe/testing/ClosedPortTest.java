package io.pinpipe.testing;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClosedPortTest {

    @Test
    void refusesConnectionsAndNoServerCanTakeItWhileOpen() throws Exception {
        try (var closed = ClosedPort.open()) {
            assertThat(closed.address()).isEqualTo("127.0.0.1:" + closed.port());
            assertThatThrownBy(() -> {
                try (var socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", closed.port()), 2_000);
                }
            }).isInstanceOf(ConnectException.class);
            assertThatThrownBy(() -> {
                try (var server = new ServerSocket()) {
                    server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), closed.port()));
                }
            }).as("a server with SO_REUSEADDR, as Java's and Kafka's are").hasMessageContaining("Address already in use");
        }
    }
}
