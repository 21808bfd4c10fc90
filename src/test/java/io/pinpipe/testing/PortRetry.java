package io.pinpipe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.function.IntSupplier;

/**
 * Starts a server that must be told its port before it binds it (a KRaft controller, MariaDB): on a port that
 * was free a moment ago, and on another one when something took it in between. Servers that can bind port 0
 * and say which port they got need none of this.
 */
public final class PortRetry {

    /** A start that binds {@code port} or throws; what it throws is searched for a bind failure. */
    @FunctionalInterface
    public interface Start<T> {
        T on(int port) throws Exception;
    }

    private static final int ATTEMPTS = 5;

    private PortRetry() {
    }

    public static <T> T start(Start<T> start) {
        return start(PortRetry::candidate, start);
    }

    /** @param candidates where the ports come from: a test of this class hands out a taken one first */
    static <T> T start(IntSupplier candidates, Start<T> start) {
        Exception last = null;
        for (var attempt = 1; attempt <= ATTEMPTS; attempt++) {
            var port = candidates.getAsInt();
            try {
                return start.on(port);
            } catch (Exception e) {
                if (!bindFailed(e)) {
                    throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                }
                last = e;
            }
        }
        throw new IllegalStateException("Every port tried was taken before the server bound it (" + ATTEMPTS + " tries)", last);
    }

    /**
     * A port nothing listened on when asked. Only for a start that tries again on a bind failure, or as the
     * port the sandbox prefers: it takes another when that one is busy, and says which.
     */
    public static int candidate() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /** True when the failure, or one of its causes, is a port already in use (Java's, or a server's own words). */
    public static boolean bindFailed(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException
                    || cause.getMessage() != null && cause.getMessage().contains("Address already in use")) {
                return true;
            }
        }
        return false;
    }
}
