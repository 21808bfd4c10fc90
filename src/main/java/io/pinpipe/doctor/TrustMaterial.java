package io.pinpipe.doctor;

import io.pinpipe.connections.TlsOptions;
import io.pinpipe.connections.Truststore;
import io.pinpipe.connections.TruststoreType;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The certificates a connection trusts, loaded as the Kafka client loads them (JKS, PKCS12 or PEM, else the
 * JDK's), wrapped so the broker's certificate can be shown even when it is refused.
 */
final class TrustMaterial extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager delegate;
    private volatile X509Certificate[] seen = new X509Certificate[0];

    private TrustMaterial(X509ExtendedTrustManager delegate) {
        this.delegate = delegate;
    }

    /** @throws IllegalArgumentException with a sentence when the truststore is missing or unreadable */
    static TrustMaterial of(TlsOptions tls, Optional<String> password) {
        try {
            var store = tls.truststore().isPresent() ? load(tls.truststore().get(), password) : null;
            var factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            var manager = Arrays.stream(factory.getTrustManagers()).filter(X509ExtendedTrustManager.class::isInstance)
                    .map(X509ExtendedTrustManager.class::cast).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The JDK offers no X509 trust manager"));
            return new TrustMaterial(manager);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot use the truststore: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(Truststore truststore, Optional<String> password) throws GeneralSecurityException {
        truststore.problem().ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        try (InputStream in = Files.newInputStream(truststore.path())) {
            if (truststore.type() == TruststoreType.PEM) {
                var store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                var index = 0;
                for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    store.setCertificateEntry("ca-" + index++, certificate);
                }
                return store;
            }
            var store = KeyStore.getInstance(truststore.type().name());
            store.load(in, password.map(String::toCharArray).orElse(null));
            return store;
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read truststore " + truststore.path() + " as "
                    + truststore.type() + ": " + e.getMessage() + " (a wrong type or password?)", e);
        }
    }

    /** The chain the server presented in the last handshake, trusted or not. */
    X509Certificate[] seen() {
        return seen.clone();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        seen = chain.clone();
        delegate.checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        seen = chain.clone();
        delegate.checkServerTrusted(chain, authType, engine);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        seen = chain.clone();
        delegate.checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        delegate.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        delegate.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
