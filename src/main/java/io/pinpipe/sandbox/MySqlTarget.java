package io.pinpipe.sandbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A MySQL or MariaDB database named by a JDBC URL, reached through mysql-connector-j (which speaks to both).
 * Knows how to show its URL without secrets and where it points, for messages a person can act on.
 */
public record MySqlTarget(String url) {

    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?]*):[^/@?]*@");
    private static final Pattern PASSWORD_PROPERTY = Pattern.compile("(?i)(?<=[?&(,;])\\s*password\\d?\\s*=[^&),;]*[&,;]?");
    private static final Pattern HOST_PROPERTY = Pattern.compile("(?i)host=([^,)]*)");
    private static final Pattern PORT_PROPERTY = Pattern.compile("(?i)port=(\\d+)");
    private static final int DEFAULT_PORT = 3306;

    public MySqlTarget {
        var lower = url.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:mysql:") && !lower.startsWith("jdbc:mariadb:")) {
            throw new IllegalArgumentException("Not a MySQL or MariaDB URL: " + redact(url)
                    + " (expected jdbc:mysql://host:3306/database or jdbc:mariadb://host:3306/database)");
        }
        url = url.strip();
    }

    /** The URL as it is safe to print or log: without {@code password=...} or {@code user:password@}. */
    public String redacted() {
        return redact(url);
    }

    public static String redact(String url) {
        var withoutUserInfo = USER_INFO.matcher(url).replaceAll("$1@");
        return PASSWORD_PROPERTY.matcher(withoutUserInfo).replaceAll("").replace(",)", ")").replaceAll("[?&]$", "");
    }

    /** {@code host:port} of the (first) server, for "cannot reach" messages. */
    public String hostAndPort() {
        var authority = authority();
        if (authority.startsWith("(")) {
            var host = HOST_PROPERTY.matcher(authority).results().findFirst().map(m -> m.group(1)).orElse("localhost");
            var port = PORT_PROPERTY.matcher(authority).results().findFirst().map(m -> m.group(1)).orElse("" + DEFAULT_PORT);
            return host + ":" + port;
        }
        var first = authority.split(",")[0];
        var portSeparator = first.startsWith("[") ? first.indexOf(':', first.indexOf(']')) : first.lastIndexOf(':');
        var host = portSeparator < 0 ? first : first.substring(0, portSeparator);
        var port = portSeparator < 0 ? "" + DEFAULT_PORT : first.substring(portSeparator + 1);
        return (host.isEmpty() ? "localhost" : host) + ":" + port;
    }

    /** The database the URL names, if it names one. */
    public Optional<String> database() {
        var afterScheme = url.substring(url.indexOf("//") + 2);
        var slash = afterScheme.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        var path = afterScheme.substring(slash + 1).split("[?;]")[0];
        return path.isBlank() ? Optional.empty() : Optional.of(path);
    }

    /**
     * The URL mysql-connector-j gets: batched inserts rewritten into multi-row statements (several times
     * faster) and a bounded connect timeout, unless the URL already sets them.
     */
    public String driverUrl() {
        var driver = url.replaceFirst("(?i)^jdbc:mariadb:", "jdbc:mysql:");
        var withDefaults = new StringBuilder(driver);
        appendIfAbsent(withDefaults, "rewriteBatchedStatements", "true");
        appendIfAbsent(withDefaults, "connectTimeout", "10000");
        return withDefaults.toString();
    }

    /** Credentials travel as properties, never in the URL, so no driver message can repeat them. */
    public Connection connect(String user, Optional<String> password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        password.ifPresent(secret -> properties.setProperty("password", secret));
        return DriverManager.getConnection(driverUrl(), properties);
    }

    /** Whether the URL brings its own password, in which case nobody needs to be asked for one. */
    public boolean carriesPassword() {
        return !redacted().equals(url);
    }

    private String authority() {
        var afterScheme = url.contains("//") ? url.substring(url.indexOf("//") + 2) : "";
        var end = afterScheme.startsWith("(") ? afterScheme.indexOf(')') + 1 : indexOfAny(afterScheme, "/?");
        var authority = end <= 0 ? afterScheme : afterScheme.substring(0, end);
        return authority.substring(authority.lastIndexOf('@') + 1);
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static void appendIfAbsent(StringBuilder url, String property, String value) {
        if (!url.toString().toLowerCase(Locale.ROOT).contains(property.toLowerCase(Locale.ROOT) + "=")) {
            url.append(url.indexOf("?") < 0 ? '?' : '&').append(property).append('=').append(value);
        }
    }
}
