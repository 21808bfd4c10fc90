package io.pinpipe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A port on 127.0.0.1 that refuses connections for as long as this is open: a socket bound there without
 * listening holds it, so no other server can start listening on it meanwhile (a port merely found free can).
 */
public final class ClosedPort implements AutoCloseable {

    private final Socket holder;

    private ClosedPort(Socket holder) {
        this.holder = holder;
    }

    public static ClosedPort open() {
        var socket = new Socket();
        try {
            // Without SO_REUSEADDR on this socket, nobody else can bind the port, with or without it.
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
            return new ClosedPort(socket);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot hold a port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    public int port() {
        return holder.getLocalPort();
    }

    /** {@code 127.0.0.1:port} */
    public String address() {
        return "127.0.0.1:" + port();
    }

    @Override
    public void close() {
        try {
            holder.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
