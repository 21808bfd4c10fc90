package io.pinpipe.connections;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** One bootstrap server address. */
public record HostPort(String host, int port) {

    public static final String FORMAT = "HOST:PORT[,HOST:PORT...]";
    private static final Pattern ENTRY = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._-]+):(\\d+)");

    public HostPort {
        if (host.isBlank()) {
            throw new IllegalArgumentException("A bootstrap server needs a host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Port " + port + " is out of range: 1 to 65535");
        }
    }

    /** Parses a bootstrap string such as {@code b-1.x:9098,b-2.x:9098}, with a message naming the bad part. */
    public static List<HostPort> parseAll(String bootstrap) {
        if (bootstrap == null || bootstrap.isBlank()) {
            throw new IllegalArgumentException("The bootstrap servers are empty: give " + FORMAT);
        }
        var addresses = new ArrayList<HostPort>();
        for (var part : bootstrap.split(",", -1)) {
            addresses.add(parse(part.strip(), bootstrap));
        }
        return List.copyOf(addresses);
    }

    private static HostPort parse(String part, String bootstrap) {
        if (part.isEmpty()) {
            throw new IllegalArgumentException("Bootstrap '" + bootstrap.strip() + "' has an empty entry: give " + FORMAT);
        }
        var match = ENTRY.matcher(part);
        if (!match.matches()) {
            throw new IllegalArgumentException("'" + part + "' is not HOST:PORT (bootstrap servers are " + FORMAT + ")");
        }
        var digits = match.group(2);
        var port = digits.length() > 6 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Port " + digits + " in '" + part + "' is out of range: 1 to 65535");
        }
        return new HostPort(match.group(1), (int) port);
    }

    /** The normalised form: entries trimmed, joined by commas. */
    public static String normalise(String bootstrap) {
        return String.join(",", parseAll(bootstrap).stream().map(HostPort::toString).toList());
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
