package io.pinpipe.doctor;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One TLS handshake with one broker, and what came of it in words. */
final class TlsHandshake {

    /** How a handshake ended. */
    sealed interface Outcome {
        Endpoint endpoint();
    }

    record Shaken(Endpoint endpoint, String protocol, String cipher, X509Certificate certificate) implements Outcome {
        String describe() {
            return endpoint + ": " + protocol + ", " + cipher + "; " + CertificateText.describe(certificate);
        }
    }

    /** @param problem what went wrong; {@code advice} what to do about it */
    record Refused(Endpoint endpoint, String problem, String advice, String detail) implements Outcome {
    }

    private TlsHandshake() {
    }

    static Outcome shake(Endpoint endpoint, TrustMaterial trust, boolean verifyHostname, Duration timeout) {
        var host = endpoint.hostPort().host();
        var millis = (int) Math.max(1, timeout.toMillis());
        try (var plain = new Socket()) {
            plain.connect(endpoint.socketAddress(), millis);
            plain.setSoTimeout(millis);
            var context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{trust}, null);
            try (var socket = (SSLSocket) context.getSocketFactory().createSocket(plain, host, endpoint.hostPort().port(), true)) {
                var parameters = socket.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm(verifyHostname ? "HTTPS" : null);
                if (!host.matches("[0-9.]+|\\[.*]|.*:.*")) {
                    parameters.setServerNames(List.of(new SNIHostName(host)));
                }
                socket.setSSLParameters(parameters);
                socket.startHandshake();
                var session = socket.getSession();
                return new Shaken(endpoint, session.getProtocol(), session.getCipherSuite(),
                        (X509Certificate) session.getPeerCertificates()[0]);
            }
        } catch (IOException | GeneralSecurityException e) {
            return refused(endpoint, e, trust.seen(), timeout);
        }
    }

    private static Refused refused(Endpoint endpoint, Exception error, X509Certificate[] chain, Duration timeout) {
        var causes = chain(error);
        var shown = chain.length > 0 ? Optional.of(chain[0]) : Optional.<X509Certificate>empty();
        var detail = error.getClass().getName() + ": " + error.getMessage();
        if (has(causes, CertificateExpiredException.class)) {
            return new Refused(endpoint, "The broker's certificate has expired" + shown.map(c -> " (" + CertificateText.describe(c) + ")").orElse(""),
                    "The cluster's operator must renew the broker certificates; until then clients refuse them", detail);
        }
        if (mentions(causes, "No subject alternative") || mentions(causes, "No name matching")) {
            var names = shown.map(CertificateText::names).filter(list -> !list.isEmpty())
                    .map(list -> String.join(", ", list)).orElse("other hosts");
            return new Refused(endpoint, "Hostname mismatch: the certificate names " + names + ", not "
                    + endpoint.hostPort().host(), "Connect with a name the certificate lists, or turn hostname "
                    + "verification off for this connection (only on a network you trust)", detail);
        }
        if (has(causes, CertPathBuilderException.class) || mentions(causes, "PKIX path")
                || mentions(causes, "unable to find valid certification path")) {
            return new Refused(endpoint, "The broker's certificate is not trusted"
                    + shown.map(c -> " (" + CertificateText.describe(c) + ")").orElse(""),
                    "Give the connection a truststore that holds the cluster's CA certificate (JKS, PKCS12 or PEM). "
                            + "Amazon MSK's own certificates are trusted by the JDK; a private CA needs its certificate", detail);
        }
        if (has(causes, SocketTimeoutException.class)) {
            return notTls(endpoint, "no TLS answer within " + Seconds.of(timeout), detail);
        }
        if (mentions(causes, "Unsupported or unrecognized SSL message") || mentions(causes, "plaintext connection")
                || mentions(causes, "Remote host terminated") || has(causes, EOFException.class)
                || has(causes, SocketException.class)) {
            return notTls(endpoint, "the broker closed the connection at the TLS greeting", detail);
        }
        return new Refused(endpoint, "TLS handshake with " + endpoint + " failed: " + error.getMessage(),
                "Check the truststore and the port (" + TcpStep.MSK_PORTS + ")", detail);
    }

    private static Refused notTls(Endpoint endpoint, String what, String detail) {
        return new Refused(endpoint, "Not a TLS port: " + what + " at " + endpoint,
                "Check the port (" + TcpStep.MSK_PORTS + "), or pick an auth mode without TLS if this listener is plaintext",
                detail);
    }

    private static List<Throwable> chain(Throwable error) {
        var chain = new ArrayList<Throwable>();
        for (var current = error; current != null && !chain.contains(current); current = current.getCause()) {
            chain.add(current);
        }
        return chain;
    }

    private static boolean has(List<Throwable> chain, Class<? extends Throwable> type) {
        return chain.stream().anyMatch(type::isInstance);
    }

    private static boolean mentions(List<Throwable> chain, String part) {
        return chain.stream().anyMatch(error -> error.getMessage() != null && error.getMessage().contains(part));
    }
}
