package io.pinpipe.connections;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;

/**
 * A plain TCP knock on each bootstrap server before Kafka is asked anything: the admin client only ever
 * says "timed out", while the socket knows whether the host is unknown, refusing, or silent.
 */
final class BootstrapProbe {

    private static final String VPC_HINT = "the host may be down, or a firewall keeps this machine out (MSK brokers "
            + "answer only inside their VPC unless public access is on)";

    private BootstrapProbe() {
    }

    /** Empty when at least one bootstrap server accepts a connection; otherwise why none did. */
    static Optional<String> unreachable(String bootstrap, Duration budget) {
        var addresses = HostPort.parseAll(bootstrap);
        var deadline = System.nanoTime() + budget.toNanos();
        var reasons = new ArrayList<String>();
        for (var address : addresses) {
            var left = Duration.ofNanos(deadline - System.nanoTime());
            var share = left.dividedBy(Math.max(1, addresses.size() - reasons.size()));
            var reason = knock(address, share.isNegative() || share.isZero() ? Duration.ofMillis(1) : share);
            if (reason.isEmpty()) {
                return Optional.empty();
            }
            reasons.add(reason.get());
        }
        if (reasons.size() == 1) {
            var reason = reasons.get(0);
            var sentence = Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
            return Optional.of(sentence.contains("did not answer") ? sentence + ": " + VPC_HINT : sentence);
        }
        return Optional.of("None of the bootstrap servers answered: " + String.join("; ", reasons));
    }

    private static Optional<String> knock(HostPort address, Duration timeout) {
        InetAddress resolved;
        try {
            resolved = InetAddress.getByName(address.host().replaceAll("^\\[|]$", ""));
        } catch (UnknownHostException e) {
            return Optional.of("cannot resolve host " + address.host() + ": check the address, and your DNS or VPN");
        }
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(resolved, address.port()), (int) Math.max(1, timeout.toMillis()));
            return Optional.empty();
        } catch (ConnectException e) {
            return Optional.of("nothing is listening at " + address + " (connection refused)");
        } catch (SocketTimeoutException e) {
            return Optional.of(address + " did not answer within " + seconds(timeout));
        } catch (IOException e) {
            return Optional.of("cannot reach " + address + " (" + e.getMessage() + ")");
        }
    }

    static String seconds(Duration duration) {
        var millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
