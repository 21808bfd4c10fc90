package io.pinpipe.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A connection as a flat JSON object, the shape of each entry in connections.json and of
 * {@code pinpipe connections list --json}. There is no field a secret could go in.
 */
public final class ConnectionJson {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ConnectionJson() {
    }

    /** A JSON array of the connections; the built-in sandbox is marked {@code "builtIn": true}. */
    public static String writeList(List<Connection> connections) {
        var array = MAPPER.createArrayNode();
        connections.forEach(connection -> array.add(node(connection)));
        try {
            return MAPPER.writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write connections as JSON", e);
        }
    }

    static ObjectNode node(Connection connection) {
        var node = MAPPER.createObjectNode();
        node.put("name", connection.name());
        node.put("bootstrap", connection.bootstrap());
        node.put("auth", connection.mode().id());
        if (connection.isLocalSandbox()) {
            node.put("builtIn", true);
        }
        var auth = connection.auth();
        if (auth instanceof AuthSettings.Scram scram) {
            node.put("scramUser", scram.username());
            node.put("tls", scram.tls().isPresent());
        } else if (auth instanceof AuthSettings.Iam iam) {
            iam.awsProfile().ifPresent(profile -> node.put("awsProfile", profile));
            iam.awsRegion().ifPresent(region -> node.put("awsRegion", region));
            iam.roleArn().ifPresent(arn -> node.put("roleArn", arn));
        }
        auth.tlsOptions().ifPresent(tls -> {
            tls.truststore().ifPresent(truststore -> {
                node.put("truststore", truststore.path().toString());
                node.put("truststoreType", truststore.type().name());
            });
            node.put("verifyHostname", tls.verifyHostname());
        });
        if (!connection.extraProperties().isEmpty()) {
            var extra = node.putObject("extraProperties");
            connection.extraProperties().forEach(extra::put);
        }
        return node;
    }

    /** @throws IllegalArgumentException naming the field that is missing or wrong */
    static Connection connection(JsonNode node) {
        var name = text(node, "name").orElseThrow(() -> new IllegalArgumentException("an entry has no name"));
        try {
            var bootstrap = text(node, "bootstrap").orElseThrow(() -> new IllegalArgumentException("no bootstrap"));
            var mode = AuthMode.fromId(text(node, "auth").orElse(AuthMode.PLAINTEXT.id()));
            var extra = new TreeMap<String, String>();
            node.path("extraProperties").fields().forEachRemaining(field -> extra.put(field.getKey(), field.getValue().asText()));
            return new Connection(name, bootstrap, auth(node, mode), extra);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("connection '" + name + "': " + e.getMessage(), e);
        }
    }

    private static AuthSettings auth(JsonNode node, AuthMode mode) {
        switch (mode) {
            case TLS:
                return new AuthSettings.Tls(tls(node));
            case SCRAM:
                var user = text(node, "scramUser").orElse("");
                return new AuthSettings.Scram(user, node.path("tls").asBoolean(true) ? Optional.of(tls(node)) : Optional.empty());
            case IAM:
                return new AuthSettings.Iam(text(node, "awsProfile"), text(node, "awsRegion"), text(node, "roleArn"), tls(node));
            default:
                return new AuthSettings.Plaintext();
        }
    }

    private static TlsOptions tls(JsonNode node) {
        var truststore = text(node, "truststore").map(Path::of).map(path -> new Truststore(path,
                text(node, "truststoreType").map(TruststoreType::parse).orElse(TruststoreType.guessFrom(path))));
        return new TlsOptions(truststore, node.path("verifyHostname").asBoolean(true));
    }

    private static Optional<String> text(JsonNode node, String field) {
        return Optional.ofNullable(node.get(field)).filter(JsonNode::isValueNode).map(JsonNode::asText)
                .filter(value -> !value.isBlank());
    }

}
