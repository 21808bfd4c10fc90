package io.pinpipe.testing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TcpRelayTest {

    @Test
    void relaysToTheServerOfTheMomentAndResetsConnectionsWhileItIsAway() throws Exception {
        try (var relay = TcpRelay.open(); var first = new Echo("first"); var second = new Echo("second")) {
            assertThatThrownBy(() -> ask(relay, "hello")).as("nothing behind it yet").isInstanceOf(IOException.class);

            relay.relayTo(first.port());
            try (var kept = new Socket(InetAddress.getByName("127.0.0.1"), relay.port())) {
                assertThat(ask(kept, "hello")).isEqualTo("first:hello");

                relay.away();

                assertThatThrownBy(() -> ask(relay, "hello")).isInstanceOf(SocketException.class);
                assertThat(relay.turnedAway()).isEqualTo(2);
                assertThat(ask(kept, "still there?")).as("a connection stays until its server closes it")
                        .isEqualTo("first:still there?");
                first.close();
                assertThatThrownBy(() -> ask(kept, "and now?")).isInstanceOf(IOException.class);
            }
            relay.relayTo(second.port());
            assertThat(ask(relay, "hello")).isEqualTo("second:hello");
        }
    }

    private static String ask(TcpRelay relay, String line) throws IOException {
        try (var socket = new Socket(InetAddress.getByName("127.0.0.1"), relay.port())) {
            return ask(socket, line);
        }
    }

    private static String ask(Socket socket, String line) throws IOException {
        socket.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        var answer = new StringBuilder();
        for (int c; (c = socket.getInputStream().read()) != '\n'; ) {
            if (c < 0) {
                throw new IOException("Connection closed after '" + answer + "'");
            }
            answer.append((char) c);
        }
        return answer.toString();
    }

    /** Answers each line with its name and the line, one connection at a time; closing ends that one too. */
    private static final class Echo implements AutoCloseable {

        private final ServerSocket server;
        private volatile Socket current;

        Echo(String name) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
            var thread = new Thread(() -> {
                while (!server.isClosed()) {
                    try (var socket = server.accept()) {
                        current = socket;
                        var in = socket.getInputStream();
                        var line = new StringBuilder();
                        for (int c; (c = in.read()) >= 0; ) {
                            if (c == '\n') {
                                socket.getOutputStream().write((name + ":" + line + "\n").getBytes(StandardCharsets.UTF_8));
                                line.setLength(0);
                            } else {
                                line.append((char) c);
                            }
                        }
                    } catch (IOException e) {
                        // The client or the test went away: serve the next one.
                    }
                }
            }, "echo-" + name);
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
            if (current != null) {
                current.close();
            }
        }
    }
}
