package io.pinpipe.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;

/** Finds ports on 127.0.0.1 that nothing listens on. */
final class PortPicker {

    /** The port chosen for the listener, and a note for the user when it is not the one they expected. */
    record Choice(int port, Optional<String> note) {
    }

    private static final InetAddress LOOPBACK = loopback();

    private PortPicker() {
    }

    static Choice preferring(int preferred) {
        if (isFree(preferred)) {
            return new Choice(preferred, Optional.empty());
        }
        var port = anyFree();
        return new Choice(port, Optional.of("Port " + preferred + " is in use; the sandbox listens on 127.0.0.1:"
                + port + " instead."));
    }

    /** Another free port for a broker that lost {@code taken} to {@code taker} between the check and its bind. */
    static Choice replacing(int taken, String taker) {
        var port = anyFree();
        while (port == taken) { // the taker let go of it meanwhile, but may come back
            port = anyFree();
        }
        return new Choice(port, Optional.of("Port " + taken + " is in use (" + taker + " took it as the sandbox started); "
                + "the sandbox listens on 127.0.0.1:" + port + " instead."));
    }

    static int anyFree() {
        try (var socket = new ServerSocket(0, 1, LOOPBACK)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    static boolean isFree(int port) {
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(LOOPBACK, port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    // The broker binds 127.0.0.1 literally, so ::1 (what preferIPv6Addresses would give) is the wrong probe.
    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
