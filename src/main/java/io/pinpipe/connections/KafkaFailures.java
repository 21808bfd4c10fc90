package io.pinpipe.connections;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnsupportedSaslMechanismException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a Kafka client threw into one sentence a person can act on, naming the address. Looks through
 * the whole cause chain, so it takes what {@code Admin} futures, producers and consumers throw as they are.
 */
public final class KafkaFailures {

    /** MSK's ports, the most common reason a mechanism is "not enabled": the right cluster, the wrong port. */
    static final String MSK_PORTS = "on MSK, port 9098 is IAM, 9096 SCRAM, 9094 TLS and 9092 plaintext";

    private KafkaFailures() {
    }

    public static String describe(Throwable error, String bootstrap) {
        var chain = chain(error);
        var missing = find(chain, MissingSecretException.class);
        if (missing.isPresent()) {
            return missing.get().getMessage();
        }
        if (find(chain, UnknownHostException.class).isPresent() || anyMessage(chain, "No resolvable bootstrap urls")) {
            return "Cannot resolve the host in " + bootstrap + ": check the address, and your DNS or VPN";
        }
        var mechanism = find(chain, UnsupportedSaslMechanismException.class);
        if (mechanism.isPresent()) {
            return "The listener at " + bootstrap + " does not accept this SASL mechanism (" + mechanism.get().getMessage()
                    + "): check the port; " + MSK_PORTS;
        }
        if (anyMessage(chain, "Failed to find AWS IAM Credentials") || anyMessage(chain, "Unable to load credentials")) {
            return "No AWS credentials for IAM authentication to " + bootstrap + ": choose an AWS profile, run "
                    + "'aws sso login' or 'aws configure', or set AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY";
        }
        if (anyMessage(chain, "does not belong to a valid region")) {
            return "IAM authentication to " + bootstrap + " needs the brokers' AWS host names (b-1.<cluster>.kafka.<region>"
                    + ".amazonaws.com), not IP addresses or aliases";
        }
        var sasl = find(chain, SaslAuthenticationException.class);
        if (sasl.isPresent()) {
            return saslSentence(sasl.get(), bootstrap);
        }
        var tls = find(chain, SslAuthenticationException.class).map(Throwable.class::cast)
                .or(() -> find(chain, SSLException.class));
        if (tls.isPresent()) {
            return tlsSentence(chain, bootstrap);
        }
        var authentication = find(chain, AuthenticationException.class);
        if (authentication.isPresent()) {
            return "Authentication failed at " + bootstrap + ": " + authentication.get().getMessage();
        }
        var authorization = find(chain, AuthorizationException.class);
        if (authorization.isPresent()) {
            return "Not authorised at " + bootstrap + ": " + authorization.get().getMessage();
        }
        if (find(chain, ConnectException.class).isPresent()) {
            return "Nothing is listening at " + bootstrap + " (connection refused)";
        }
        if (find(chain, TimeoutException.class).isPresent() || find(chain, java.util.concurrent.TimeoutException.class).isPresent()) {
            return "No answer from " + bootstrap + " in time: check that a broker listens there, that this machine can "
                    + "reach it, and that the listener expects this security protocol (" + MSK_PORTS + ")";
        }
        var version = find(chain, UnsupportedVersionException.class);
        if (version.isPresent()) {
            return "The brokers at " + bootstrap + " are too old for this request: " + version.get().getMessage();
        }
        var config = find(chain, ConfigException.class);
        if (config.isPresent()) {
            return "Invalid client configuration for " + bootstrap + ": " + config.get().getMessage();
        }
        return "Could not talk to " + bootstrap + ": " + innermostMessage(chain);
    }

    private static String saslSentence(SaslAuthenticationException error, String bootstrap) {
        var message = Optional.ofNullable(error.getMessage()).orElse("");
        if (message.contains("Access denied") || message.contains("AccessDenied")) {
            return "IAM refused access to " + bootstrap + ": the credentials' role or user needs the kafka-cluster:Connect "
                    + "permission on this cluster";
        }
        if (message.contains("SCRAM") || message.contains("invalid credentials")) {
            return "Authentication failed at " + bootstrap + ": wrong SCRAM username or password";
        }
        return "Authentication failed at " + bootstrap + ": " + message;
    }

    private static String tlsSentence(List<Throwable> chain, String bootstrap) {
        var prefix = "TLS handshake with " + bootstrap + " failed: ";
        if (find(chain, CertPathBuilderException.class).isPresent() || anyMessage(chain, "PKIX path")
                || anyMessage(chain, "unable to find valid certification path")) {
            return prefix + "the broker's certificate is not trusted. Give a truststore that holds the cluster's CA "
                    + "certificate (--truststore FILE: JKS, PKCS12 or PEM)";
        }
        if (anyMessage(chain, "No subject alternative") || anyMessage(chain, "No name matching")
                || (find(chain, CertificateException.class).isPresent() && anyMessage(chain, "match"))) {
            return prefix + "the certificate does not name the host connected to; use the address it names, or turn "
                    + "hostname verification off";
        }
        if (anyMessage(chain, "Unrecognized SSL message") || anyMessage(chain, "plaintext connection")
                || anyMessage(chain, "Remote host terminated") || anyMessage(chain, "Received fatal alert: unexpected_message")) {
            return prefix + "the listener does not seem to speak TLS; check the port (" + MSK_PORTS + ")";
        }
        return prefix + innermostMessage(chain);
    }

    private static List<Throwable> chain(Throwable error) {
        var chain = new ArrayList<Throwable>();
        for (var current = error; current != null && !chain.contains(current); current = current.getCause()) {
            chain.add(current);
        }
        return chain;
    }

    private static <T extends Throwable> Optional<T> find(List<Throwable> chain, Class<T> type) {
        return chain.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private static boolean anyMessage(List<Throwable> chain, String part) {
        return chain.stream().anyMatch(error -> error.getMessage() != null && error.getMessage().contains(part));
    }

    private static String innermostMessage(List<Throwable> chain) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            var message = chain.get(i).getMessage();
            if (message != null && !message.isBlank()) {
                return message.replaceAll("\\s*\\R\\s*", " ").strip();
            }
        }
        return chain.get(0).getClass().getSimpleName();
    }
}
