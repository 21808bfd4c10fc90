package io.pinpipe.connections;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/** One client.properties import: takes keys out of {@code values} as it understands them; what is left is extra. */
final class ClientPropertiesImport {

    private static final Pattern COMMENTED_JAAS = Pattern.compile("(?m)^\\s*[#!]\\s*sasl\\.jaas\\.config\\s*[=:]\\s*(.+)$");
    private static final Set<String> PROTOCOLS = Set.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");

    private final Map<String, String> values;
    private final String text;
    private final String source;
    private final List<String> notes = new ArrayList<>();
    private final Map<Class<? extends Secret>, String> secrets = new HashMap<>();

    ClientPropertiesImport(Map<String, String> values, String text, String source) {
        this.values = new LinkedHashMap<>(values);
        this.text = text;
        this.source = source;
    }

    ImportedConnection toConnection(String name, Optional<String> bootstrapOverride) {
        var fileBootstrap = take("bootstrap.servers");
        var bootstrap = bootstrapOverride.filter(value -> !value.isBlank()).or(() -> fileBootstrap)
                .orElseThrow(() -> new IllegalArgumentException(source + " has no bootstrap.servers: give the bootstrap servers as well"));
        var protocol = take("security.protocol").orElse("PLAINTEXT").toUpperCase(Locale.ROOT);
        if (!PROTOCOLS.contains(protocol)) {
            throw refused("security.protocol " + protocol + " is not one of " + String.join(", ", PROTOCOLS.stream().sorted().toList()));
        }
        var tls = protocol.endsWith("SSL") ? Optional.of(tlsOptions()) : Optional.<TlsOptions>empty();
        var auth = protocol.startsWith("SASL_") ? sasl(protocol, tls) : tls.<AuthSettings>map(AuthSettings.Tls::new)
                .orElseGet(AuthSettings.Plaintext::new);
        dropUnused(protocol);
        var extra = extraProperties();
        var connection = new Connection(name, bootstrap, auth, extra);
        var found = Map.copyOf(secrets);
        SecretSource fileSecrets = secret -> Optional.ofNullable(found.get(secret.getClass()));
        return new ImportedConnection(connection, notes, fileSecrets);
    }

    private TlsOptions tlsOptions() {
        if (values.containsKey("ssl.truststore.certificates")) {
            throw refused("inline certificates (ssl.truststore.certificates) are not supported: save them to a "
                    + "PEM file and set ssl.truststore.location");
        }
        var location = take("ssl.truststore.location");
        var type = take("ssl.truststore.type");
        take("ssl.truststore.password").ifPresent(password -> {
            secrets.put(Secret.TruststorePassword.class, password);
            notes.add("The truststore password in the file is not saved: set "
                    + SecretSource.TRUSTSTORE_PASSWORD_VARIABLE + " when the truststore needs one");
        });
        var truststore = location.map(Path::of)
                .map(path -> new Truststore(path, type.map(TruststoreType::parse).orElse(TruststoreType.guessFrom(path))));
        var verifyHostname = take("ssl.endpoint.identification.algorithm").map(value -> !value.isBlank()).orElse(true);
        return new TlsOptions(truststore, verifyHostname);
    }

    private AuthSettings sasl(String protocol, Optional<TlsOptions> tls) {
        var mechanism = take("sasl.mechanism").map(value -> value.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> refused("sasl.mechanism is missing, so Kafka would use GSSAPI (Kerberos), which "
                        + "Pinpipe does not support"));
        if (mechanism.equals(ClientProperties.IAM_MECHANISM)) {
            return iam(protocol, tls);
        }
        if (mechanism.equals(ClientProperties.SCRAM_MECHANISM)) {
            return scram(tls);
        }
        throw refused("sasl.mechanism " + mechanism + " is not supported: Pinpipe connects with "
                + ClientProperties.SCRAM_MECHANISM + " or " + ClientProperties.IAM_MECHANISM);
    }

    private AuthSettings iam(String protocol, Optional<TlsOptions> tls) {
        if (tls.isEmpty()) {
            throw refused(ClientProperties.IAM_MECHANISM + " needs security.protocol=SASL_SSL, not " + protocol);
        }
        var handler = take("sasl.client.callback.handler.class");
        if (handler.isPresent() && !handler.get().equals(ClientProperties.IAM_CALLBACK_HANDLER)) {
            throw refused("sasl.client.callback.handler.class " + handler.get() + " is not supported with "
                    + ClientProperties.IAM_MECHANISM + ": use " + ClientProperties.IAM_CALLBACK_HANDLER);
        }
        var options = take("sasl.jaas.config").map(this::jaas).map(line -> {
            expectModule(line, ClientProperties.IAM_LOGIN_MODULE);
            return new LinkedHashMap<>(line.options());
        }).orElseGet(LinkedHashMap::new);
        var profile = Optional.ofNullable(options.remove("awsProfileName"));
        var roleArn = Optional.ofNullable(options.remove("awsRoleArn"));
        var region = Optional.ofNullable(options.remove("awsStsRegion"));
        Optional.ofNullable(options.remove("awsRoleSessionName"))
                .filter(session -> !session.equals(ClientProperties.ROLE_SESSION_NAME))
                .ifPresent(session -> notes.add("The role session name '" + session + "' becomes '"
                        + ClientProperties.ROLE_SESSION_NAME + "'"));
        if (!options.isEmpty()) {
            throw refused("sasl.jaas.config option " + String.join(", ", options.keySet()) + " is not supported "
                    + "(Pinpipe sets awsProfileName, awsRoleArn, awsRoleSessionName and awsStsRegion)");
        }
        return new AuthSettings.Iam(profile, region, roleArn, tls.get());
    }

    private AuthSettings scram(Optional<TlsOptions> tls) {
        var line = take("sasl.jaas.config").map(this::jaas).or(this::commentedJaas)
                .orElseThrow(() -> refused("SCRAM needs a username, and the file has no sasl.jaas.config with one"));
        expectModule(line, ClientProperties.SCRAM_LOGIN_MODULE);
        var options = new LinkedHashMap<>(line.options());
        var username = Optional.ofNullable(options.remove("username"))
                .orElseThrow(() -> refused("sasl.jaas.config has no username"));
        Optional.ofNullable(options.remove("password")).filter(password -> !password.equals(ClientPropertiesFile.PASSWORD_PLACEHOLDER))
                .ifPresent(password -> {
                    secrets.put(Secret.ScramPassword.class, password);
                    notes.add("The password in the file is not saved: it comes from "
                            + SecretSource.SCRAM_PASSWORD_VARIABLE + " or a prompt when the connection is used");
                });
        if (!options.isEmpty()) {
            throw refused("sasl.jaas.config option " + String.join(", ", options.keySet()) + " is not supported with SCRAM");
        }
        return new AuthSettings.Scram(username, tls);
    }

    /** Pinpipe's own export leaves the SCRAM line commented out, password and all; it still names the user. */
    private Optional<JaasLine> commentedJaas() {
        var match = COMMENTED_JAAS.matcher(text);
        if (!match.find()) {
            return Optional.empty();
        }
        var unescaped = new Properties();
        try {
            unescaped.load(new StringReader("value=" + match.group(1).strip()));
        } catch (IOException | IllegalArgumentException e) {
            throw refused("the commented-out sasl.jaas.config line cannot be read: " + e.getMessage());
        }
        return Optional.of(jaas(unescaped.getProperty("value", "")));
    }

    private JaasLine jaas(String value) {
        try {
            return JaasLine.parse(value);
        } catch (IllegalArgumentException e) {
            throw refused(e.getMessage());
        }
    }

    private void expectModule(JaasLine line, String module) {
        if (!line.loginModule().equals(module)) {
            throw refused("sasl.jaas.config uses " + line.loginModule() + " where " + module + " is needed");
        }
    }

    /** Settings that the chosen protocol ignores, as Kafka itself would. */
    private void dropUnused(String protocol) {
        var ignored = values.keySet().stream().filter(ConnectionRules.MANAGED_KEYS::contains).sorted().toList();
        if (!ignored.isEmpty()) {
            notes.add("Ignored " + String.join(", ", ignored) + ": security.protocol is " + protocol);
            ignored.forEach(values::remove);
        }
    }

    private Map<String, String> extraProperties() {
        for (var key : values.keySet()) {
            var lower = key.toLowerCase(Locale.ROOT);
            if (lower.startsWith("ssl.keystore.") || lower.startsWith("ssl.key.")) {
                throw refused("client certificates (" + key + ") are not supported");
            }
            ConnectionRules.extraPropertyProblem(key).ifPresent(problem -> {
                throw refused(problem);
            });
        }
        if (!values.isEmpty()) {
            notes.add("Kept as extra client properties: " + String.join(", ", values.keySet()));
        }
        return values;
    }

    private Optional<String> take(String key) {
        return Optional.ofNullable(values.remove(key));
    }

    private IllegalArgumentException refused(String reason) {
        return new IllegalArgumentException("Cannot import " + source + ": " + reason);
    }
}
