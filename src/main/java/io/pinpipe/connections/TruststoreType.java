package io.pinpipe.connections;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats Kafka clients read a truststore from. */
public enum TruststoreType {
    JKS, PKCS12, PEM;

    /** A guess from the file name, so that most people never have to say. */
    public static TruststoreType guessFrom(Path file) {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".p12") || name.endsWith(".pfx") || name.endsWith(".pkcs12")) {
            return PKCS12;
        }
        if (name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer")) {
            return PEM;
        }
        return JKS;
    }

    public static TruststoreType parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown truststore type '" + text + "': use JKS, PKCS12 or PEM", e);
        }
    }
}
