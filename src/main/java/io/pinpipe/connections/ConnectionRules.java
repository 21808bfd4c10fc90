package io.pinpipe.connections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a connection's fields valid, as sentences a form or the command line can show as they are. */
public final class ConnectionRules {

    public static final int MAX_NAME_LENGTH = 80;
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
    private static final Pattern PROFILE = Pattern.compile("[\\w+=,.@:/-]{1,128}");

    /** Keys the auth settings own; an imported or extra property may not set them behind the settings' back. */
    static final Set<String> MANAGED_KEYS = Set.of("bootstrap.servers", "security.protocol", "sasl.mechanism",
            "sasl.jaas.config", "sasl.client.callback.handler.class", "ssl.truststore.location",
            "ssl.truststore.type", "ssl.truststore.password", "ssl.truststore.certificates",
            "ssl.endpoint.identification.algorithm");

    private ConnectionRules() {
    }

    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("A connection needs a name");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of("A connection name has at most " + MAX_NAME_LENGTH + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("A connection name cannot contain control characters");
        }
        return Optional.empty();
    }

    public static Optional<String> bootstrapProblem(String bootstrap) {
        try {
            HostPort.parseAll(bootstrap);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    public static Optional<String> usernameProblem(String username) {
        if (username == null || username.isBlank()) {
            return Optional.of("SCRAM needs a username");
        }
        return Optional.empty();
    }

    public static Optional<String> regionProblem(String region) {
        if (!REGION.matcher(region.strip()).matches()) {
            return Optional.of("'" + region + "' is not an AWS region such as us-east-1 or eu-west-2");
        }
        return Optional.empty();
    }

    public static Optional<String> roleArnProblem(String arn) {
        if (!ROLE_ARN.matcher(arn.strip()).matches()) {
            return Optional.of("'" + arn + "' is not an IAM role ARN such as arn:aws:iam::123456789012:role/msk-client");
        }
        return Optional.empty();
    }

    public static Optional<String> profileProblem(String profile) {
        if (!PROFILE.matcher(profile.strip()).matches()) {
            return Optional.of("'" + profile + "' is not an AWS profile name (letters, digits and - _ . only)");
        }
        return Optional.empty();
    }

    public static Optional<String> extraPropertyProblem(String key) {
        var lower = key.strip().toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return Optional.of("An extra property needs a key");
        }
        if (MANAGED_KEYS.contains(lower)) {
            return Optional.of("'" + key + "' is set by the connection's auth mode, not as an extra property");
        }
        if (lower.contains("password") || lower.contains("secret") || lower.startsWith("ssl.keystore.")
                || lower.startsWith("ssl.key.") || lower.startsWith("sasl.")) {
            return Optional.of("'" + key + "' is not supported as an extra property: it holds or needs a secret, "
                    + "and Pinpipe never saves secrets");
        }
        return Optional.empty();
    }

    /** Problems that depend on this machine (files), checked before a connection is saved or used. */
    public static List<String> usabilityProblems(Connection connection) {
        var problems = new ArrayList<String>();
        connection.auth().tlsOptions().flatMap(TlsOptions::truststore).flatMap(Truststore::problem)
                .ifPresent(problems::add);
        return problems;
    }

    static void require(Optional<String> problem) {
        problem.ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
    }
}
