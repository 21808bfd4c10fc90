package io.pinpipe.connections;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/** The one place where a connection becomes Kafka client properties. */
public final class ClientProperties {

    public static final String IAM_LOGIN_MODULE = "software.amazon.msk.auth.iam.IAMLoginModule";
    public static final String IAM_CALLBACK_HANDLER = "software.amazon.msk.auth.iam.IAMClientCallbackHandler";
    public static final String SCRAM_LOGIN_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule";
    public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";
    public static final String IAM_MECHANISM = "AWS_MSK_IAM";
    /** Names the assumed-role session in CloudTrail, so people can tell Pinpipe's calls apart. */
    public static final String ROLE_SESSION_NAME = "pinpipe";

    private static final Pattern SECRET_IN_JAAS = Pattern.compile("(?i)(password\\s*=\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s;]+)");

    private ClientProperties() {
    }

    /**
     * Properties for admin clients, producers and consumers of this connection. Passwords are asked of
     * {@code secrets} now; the result's {@code toString()} hides them.
     *
     * @throws IllegalArgumentException when a truststore file is missing
     * @throws MissingSecretException   when a SCRAM password is needed and {@code secrets} has none
     */
    public static Properties of(Connection connection, SecretSource secrets) {
        ConnectionRules.usabilityProblems(connection).stream().findFirst().ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        var properties = new RedactedProperties();
        properties.putAll(connection.extraProperties());
        properties.putAll(authProperties(connection, secrets));
        properties.setProperty("bootstrap.servers", connection.bootstrap());
        return properties;
    }

    /** The security part alone, in the order a person writes it in a client.properties file. */
    static Map<String, String> authProperties(Connection connection, SecretSource secrets) {
        var auth = connection.auth();
        var properties = new LinkedHashMap<String, String>();
        properties.put("security.protocol", auth.securityProtocol());
        if (auth instanceof AuthSettings.Scram scram) {
            properties.put("sasl.mechanism", SCRAM_MECHANISM);
            var password = secrets.find(new Secret.ScramPassword(scram.username(), connection.bootstrap()))
                    .orElseThrow(() -> new MissingSecretException("No password for SCRAM user '" + scram.username()
                            + "': set " + SecretSource.SCRAM_PASSWORD_VARIABLE + ", or enter it when asked"));
            properties.put("sasl.jaas.config", scramJaas(scram.username(), password));
        } else if (auth instanceof AuthSettings.Iam iam) {
            properties.put("sasl.mechanism", IAM_MECHANISM);
            properties.put("sasl.jaas.config", iamJaas(iam));
            properties.put("sasl.client.callback.handler.class", IAM_CALLBACK_HANDLER);
        }
        auth.tlsOptions().ifPresent(tls -> properties.putAll(tlsProperties(tls, secrets)));
        return properties;
    }

    static String scramJaas(String username, String password) {
        var options = new LinkedHashMap<String, String>();
        options.put("username", username);
        options.put("password", password);
        return new JaasLine(SCRAM_LOGIN_MODULE, options).render();
    }

    static String iamJaas(AuthSettings.Iam iam) {
        var options = new LinkedHashMap<String, String>();
        iam.awsProfile().ifPresent(profile -> options.put("awsProfileName", profile));
        iam.roleArn().ifPresent(arn -> {
            options.put("awsRoleArn", arn);
            options.put("awsRoleSessionName", ROLE_SESSION_NAME);
            iam.awsRegion().ifPresent(region -> options.put("awsStsRegion", region));
        });
        return new JaasLine(IAM_LOGIN_MODULE, options).render();
    }

    private static Map<String, String> tlsProperties(TlsOptions tls, SecretSource secrets) {
        var properties = new LinkedHashMap<String, String>();
        tls.truststore().ifPresent(truststore -> {
            properties.put("ssl.truststore.location", truststore.path().toString());
            properties.put("ssl.truststore.type", truststore.type().name());
            if (truststore.type() != TruststoreType.PEM) {
                secrets.find(new Secret.TruststorePassword(truststore.path()))
                        .ifPresent(password -> properties.put("ssl.truststore.password", password));
            }
        });
        if (!tls.verifyHostname()) {
            properties.put("ssl.endpoint.identification.algorithm", "");
        }
        return properties;
    }

    /** A line for logs and messages: every password replaced by {@code [hidden]}. */
    public static String redacted(Properties properties) {
        var shown = new StringBuilder("{");
        properties.stringPropertyNames().stream().sorted().forEach(key -> {
            if (shown.length() > 1) {
                shown.append(", ");
            }
            shown.append(key).append('=').append(redactedValue(key, properties.getProperty(key)));
        });
        return shown.append('}').toString();
    }

    static String redactedValue(String key, String value) {
        if (key.contains("password")) {
            return "[hidden]";
        }
        if (key.equals("sasl.jaas.config")) {
            return SECRET_IN_JAAS.matcher(value).replaceAll("$1\"[hidden]\"");
        }
        return value;
    }

    /** Properties whose printed form never shows a password, should one end up in a log line. */
    private static final class RedactedProperties extends Properties {
        @Override
        public synchronized String toString() {
            return redacted(this);
        }
    }
}
