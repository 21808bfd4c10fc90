package io.pinpipe.connections;

/** How a client proves who it is to the brokers. */
public enum AuthMode {
    PLAINTEXT("Plaintext"),
    TLS("TLS"),
    SCRAM("SASL/SCRAM"),
    IAM("IAM (MSK)");

    private final String label;

    AuthMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
