package io.pinpipe.doctor;

import io.pinpipe.connections.ClientProperties;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.HostPort;
import io.pinpipe.connections.SecretSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What one run of the doctor knows so far: the connection, then what each step found for the next ones
 * (addresses, reachable brokers, the cluster's answer, the AWS identity). Written by one step at a time.
 */
final class Checkup {

    private final Connection connection;
    private final SecretSource secrets;
    private final List<HostPort> bootstrap;
    private final Properties properties;
    private final RuntimeException propertiesProblem;
    private final Map<HostPort, List<java.net.InetAddress>> resolved = new LinkedHashMap<>();
    private final List<Endpoint> reachable = new ArrayList<>();
    private KafkaAnswer kafka;
    private AwsIdentity identity;

    /** Client properties are made now, on the caller's thread, so a password prompt never races a step's timeout. */
    Checkup(Connection connection, SecretSource secrets) {
        this.connection = connection;
        this.secrets = secrets;
        this.bootstrap = HostPort.parseAll(connection.bootstrap());
        Properties made = null;
        RuntimeException problem = null;
        try {
            made = ClientProperties.of(connection, secrets);
        } catch (RuntimeException e) {
            problem = e;
        }
        this.properties = made;
        this.propertiesProblem = problem;
    }

    Connection connection() {
        return connection;
    }

    SecretSource secrets() {
        return secrets;
    }

    List<HostPort> bootstrap() {
        return bootstrap;
    }

    /** @throws RuntimeException why the connection cannot be turned into client properties (e.g. no password) */
    Properties clientProperties() {
        if (propertiesProblem != null) {
            throw propertiesProblem;
        }
        var copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    Map<HostPort, List<java.net.InetAddress>> resolved() {
        return resolved;
    }

    /** The bootstrap brokers that accepted a TCP connection, with the address that worked. */
    List<Endpoint> reachable() {
        return reachable;
    }

    Optional<KafkaAnswer> kafka() {
        return Optional.ofNullable(kafka);
    }

    void kafka(KafkaAnswer answer) {
        this.kafka = answer;
    }

    Optional<AwsIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    void identity(AwsIdentity found) {
        this.identity = found;
    }
}
