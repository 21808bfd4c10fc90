package io.pinpipe.connections;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads and writes Kafka {@code client.properties} files, the kind {@code kafka-topics.sh --command-config}
 * takes (spaces around {@code =} and comments are fine).
 *
 * <p>Import infers the auth mode from {@code security.protocol} and {@code sasl.mechanism}. Plain client
 * settings Pinpipe does not manage (timeouts, {@code client.dns.lookup}, ...) are kept as extra properties.
 * What a connection cannot represent is refused with the reason: Kerberos, PLAIN, SCRAM-SHA-256, OAuth,
 * client certificates, inline certificates, unknown JAAS options. Passwords in the file are never part of
 * the connection. Export writes no password: it writes a commented-out line to fill in instead, which
 * import still reads the SCRAM username from.
 */
public final class ClientPropertiesFile {

    static final String PASSWORD_PLACEHOLDER = "<password>";

    private ClientPropertiesFile() {
    }

    public static ImportedConnection read(Path file, String name, Optional<String> bootstrap) {
        try {
            return read(Files.readString(file, StandardCharsets.ISO_8859_1), name, bootstrap, file.toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UncheckedIOException("Cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param bootstrap overrides the file's {@code bootstrap.servers}, and is needed when the file has none
     * @throws IllegalArgumentException saying what the file holds that a connection cannot represent
     */
    public static ImportedConnection read(String text, String name, Optional<String> bootstrap, String source) {
        var raw = new Properties();
        try {
            raw.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " is not a properties file: " + e.getMessage(), e);
        }
        var values = new TreeMap<String, String>();
        raw.stringPropertyNames().forEach(key -> values.put(key.strip(), raw.getProperty(key).strip()));
        return new ClientPropertiesImport(values, text, source).toConnection(name, bootstrap);
    }

    /** A file a {@code kafka-topics.sh --command-config} user recognises, with no password in it. */
    public static String write(Connection connection) {
        var out = new StringBuilder();
        out.append("# Kafka client configuration for the Pinpipe connection \"").append(connection.name()).append("\"\n");
        out.append("# Use it as: kafka-topics.sh --bootstrap-server ").append(connection.bootstrap())
                .append(" --command-config client.properties ...\n");
        line(out, "bootstrap.servers", connection.bootstrap());
        ClientProperties.authProperties(connection, SecretSource.scramPassword(PASSWORD_PLACEHOLDER)).forEach((key, value) -> {
            if (key.equals("sasl.jaas.config") && connection.auth() instanceof AuthSettings.Scram scram) {
                out.append("# Pinpipe never writes passwords: uncomment the next line and put the password of ")
                        .append(scram.username()).append(" in it\n# ");
            }
            line(out, key, value);
        });
        connection.auth().tlsOptions().flatMap(TlsOptions::truststore)
                .filter(truststore -> truststore.type() == TruststoreType.PKCS12).ifPresent(truststore -> {
                    out.append("# If the truststore has a password, uncomment the next line and put it in\n# ");
                    line(out, "ssl.truststore.password", PASSWORD_PLACEHOLDER);
                });
        if (!connection.extraProperties().isEmpty()) {
            out.append("# Other client settings\n");
            connection.extraProperties().forEach((key, value) -> line(out, key, value));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(" = ").append(escape(value)).append('\n');
    }

    /** What Properties.load reads back: backslashes doubled, anything beyond ASCII as a unicode escape. */
    private static String escape(String value) {
        var escaped = new StringBuilder();
        for (var c : value.toCharArray()) {
            if (c == '\\') {
                escaped.append("\\\\");
            } else if (c < 0x20 || c > 0x7e) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
