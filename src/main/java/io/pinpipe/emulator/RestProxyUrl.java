package io.pinpipe.emulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The one rule for the REST proxy's invoke URL as a person gives it, for the emulator form and the command line. */
public final class RestProxyUrl {

    public static final String EXAMPLE = "https://abc123.execute-api.us-east-1.amazonaws.com/prod";
    private static final Pattern HTTP = Pattern.compile("(?i)https?://");

    private RestProxyUrl() {
    }

    /** @throws IllegalArgumentException naming what is wrong, for anything but an http(s) URL with a host */
    public static URI parse(String text) {
        var value = text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("The REST proxy URL is empty: give its invoke URL, such as " + EXAMPLE);
        }
        var scheme = HTTP.matcher(value);
        if (!scheme.lookingAt()) {
            throw new IllegalArgumentException("The REST proxy URL must start with http:// or https://, not '" + value
                    + "'; e.g. " + EXAMPLE);
        }
        var afterScheme = value.substring(scheme.end());
        if (afterScheme.isEmpty() || afterScheme.startsWith("/")) {
            throw new IllegalArgumentException("'" + value + "' has no host after " + value.substring(0, scheme.end())
                    + "; e.g. " + EXAMPLE);
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("'" + value + "' has a space in it, which a URL cannot have (%20 in a path)");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + value + "' is not a URL (" + e.getReason().toLowerCase(Locale.ROOT)
                    + " at character " + (e.getIndex() + 1) + "); e.g. " + EXAMPLE, e);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("'" + value + "' names no host a URL allows (letters, digits, '-' and '.'); e.g. "
                    + EXAMPLE);
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new IllegalArgumentException("Port " + uri.getPort() + " in '" + value + "' is out of range: 1 to 65535");
        }
        return uri;
    }

    /** What is wrong with the URL, or empty when {@link #parse} takes it. */
    public static Optional<String> problem(String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
