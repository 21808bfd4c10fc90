package io.pinpipe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A port held for a whole test that passes each connection on to wherever its server listens now, so a server
 * can stop and start again on a port of its own choosing while clients keep one address: a restart on the
 * same port could find it taken. While the server is away, connections are reset at once.
 */
public final class TcpRelay implements AutoCloseable {

    private static final InetAddress LOOPBACK = loopback();

    private final ServerSocket front;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger turnedAway = new AtomicInteger();
    private volatile int target;

    private TcpRelay(ServerSocket front) {
        this.front = front;
    }

    /** A relay on a port of its own, with no server behind it yet. */
    public static TcpRelay open() {
        try {
            var relay = new TcpRelay(new ServerSocket(0, 50, LOOPBACK));
            var acceptor = new Thread(relay::accept, "tcp-relay-" + relay.port());
            acceptor.setDaemon(true);
            acceptor.start();
            return relay;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open a relay port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    public int port() {
        return front.getLocalPort();
    }

    /** {@code 127.0.0.1:port} */
    public String address() {
        return "127.0.0.1:" + port();
    }

    /** New connections go to the server on this port of 127.0.0.1. */
    public void relayTo(int port) {
        target = port;
    }

    /**
     * The server is going away: new connections are reset until {@link #relayTo}, while those it has end when it
     * closes them, as they would without a relay.
     */
    public void away() {
        target = 0;
    }

    /** How many connections were reset because no server was behind the relay: clients that came back meanwhile. */
    public int turnedAway() {
        return turnedAway.get();
    }

    @Override
    public void close() {
        closeQuietly(front);
        target = 0;
        open.forEach(this::closeQuietly);
    }

    private void accept() {
        while (!front.isClosed()) {
            Socket client;
            try {
                client = front.accept();
            } catch (IOException e) {
                return; // closed
            }
            var port = target;
            try {
                if (port == 0) {
                    turnedAway.incrementAndGet();
                    reset(client);
                    continue;
                }
                var server = new Socket(LOOPBACK, port);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                open.add(client);
                open.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                turnedAway.incrementAndGet();
                reset(client); // the server is not there (yet): as good as refused
            }
        }
    }

    private void pump(Socket from, Socket to) {
        var thread = new Thread(() -> {
            var buffer = new byte[16 * 1024];
            try (var in = from.getInputStream(); var out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                }
            } catch (IOException e) {
                // One side went away: the other follows.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-relay-" + port() + "-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void reset(Socket client) {
        try {
            client.setSoLinger(true, 0); // closing then sends RST, as a refused connection gets
        } catch (IOException e) {
            // Closing below still ends the connection.
        }
        closeQuietly(client);
    }

    private void closeQuietly(AutoCloseable closeable) {
        if (closeable instanceof Socket socket) {
            open.remove(socket);
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // Already closed or broken: nothing left to release.
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
