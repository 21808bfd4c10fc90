package io.pinpipe.clusters;

/** The ways an MSK cluster lets clients authenticate, in the words of the MSK console. */
public enum ClientAuth {
    IAM("IAM"),
    SASL_SCRAM("SASL/SCRAM"),
    MUTUAL_TLS("mTLS"),
    UNAUTHENTICATED("Unauthenticated");

    private final String label;

    ClientAuth(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
