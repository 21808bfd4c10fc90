package io.pinpipe.doctor;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * TCP connects to many addresses at once, each with the same timeout, telling refused (nothing listens) from
 * timed out (something drops the packets). Non-blocking, so an interrupt ends it at once.
 */
final class TcpKnock {

    /** What one connect attempt found. */
    sealed interface Outcome {
        Endpoint endpoint();

        /** A sentence part such as "nothing is listening at 127.0.0.1:9 (connection refused)". */
        String describe();
    }

    record Connected(Endpoint endpoint, Duration took) implements Outcome {
        @Override
        public String describe() {
            return endpoint + " accepted the connection in " + Seconds.of(took);
        }
    }

    record Refused(Endpoint endpoint) implements Outcome {
        @Override
        public String describe() {
            return "nothing is listening at " + endpoint + " (connection refused)";
        }
    }

    record TimedOut(Endpoint endpoint, Duration after) implements Outcome {
        @Override
        public String describe() {
            return endpoint + " did not answer within " + Seconds.of(after) + " (timed out)";
        }
    }

    record Unreachable(Endpoint endpoint, String reason) implements Outcome {
        @Override
        public String describe() {
            return "cannot reach " + endpoint + " (" + reason + ")";
        }
    }

    private TcpKnock() {
    }

    static List<Outcome> knock(List<Endpoint> endpoints, Duration timeout) throws InterruptedException {
        var outcomes = new LinkedHashMap<Endpoint, Outcome>();
        var started = System.nanoTime();
        try (var selector = Selector.open()) {
            var pending = new java.util.HashSet<Endpoint>();
            for (var endpoint : endpoints) {
                open(endpoint, selector, started).ifPresentOrElse(outcome -> outcomes.put(endpoint, outcome),
                        () -> pending.add(endpoint));
            }
            var deadline = started + timeout.toNanos();
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                selector.select(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                if (Thread.interrupted()) {
                    closeAll(selector);
                    throw new InterruptedException();
                }
                for (var key : selector.selectedKeys()) {
                    var endpoint = (Endpoint) key.attachment();
                    outcomes.put(endpoint, finish((SocketChannel) key.channel(), endpoint, started));
                    pending.remove(endpoint);
                    key.cancel();
                }
                selector.selectedKeys().clear();
            }
            pending.forEach(endpoint -> outcomes.put(endpoint, new TimedOut(endpoint, timeout)));
            closeAll(selector);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot open a selector for TCP checks: " + e.getMessage(), e);
        }
        var ordered = new ArrayList<Outcome>();
        endpoints.forEach(endpoint -> ordered.add(outcomes.get(endpoint)));
        return ordered;
    }

    /** Starts a connect; an outcome now when it is already decided, else empty and registered with the selector. */
    private static Optional<Outcome> open(Endpoint endpoint, Selector selector, long started) {
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open();
            channel.configureBlocking(false);
            if (channel.connect(endpoint.socketAddress())) {
                channel.close();
                return Optional.of(new Connected(endpoint, since(started)));
            }
            channel.register(selector, SelectionKey.OP_CONNECT, endpoint);
            return Optional.empty();
        } catch (IOException e) {
            close(channel);
            return Optional.of(failure(endpoint, e));
        }
    }

    private static Outcome finish(SocketChannel channel, Endpoint endpoint, long started) {
        try {
            channel.finishConnect();
            return new Connected(endpoint, since(started));
        } catch (IOException e) {
            return failure(endpoint, e);
        } finally {
            close(channel);
        }
    }

    private static Outcome failure(Endpoint endpoint, IOException e) {
        if (e instanceof ConnectException && String.valueOf(e.getMessage()).contains("refused")) {
            return new Refused(endpoint);
        }
        return new Unreachable(endpoint, Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()));
    }

    private static void closeAll(Selector selector) {
        selector.keys().forEach(key -> close((SocketChannel) key.channel()));
    }

    private static void close(SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Closing a socket that never connected: nothing to tell anyone.
            }
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
