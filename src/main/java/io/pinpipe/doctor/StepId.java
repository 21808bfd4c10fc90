package io.pinpipe.doctor;

/** The checks the doctor knows, in the order it runs them. */
public enum StepId {
    RESOLVE("Resolve the bootstrap hosts"),
    TCP("Open TCP to the bootstrap brokers"),
    TLS("TLS handshake"),
    AWS_IDENTITY("AWS identity"),
    AUTHENTICATE("Authenticate"),
    METADATA("Cluster metadata");

    private final String title;

    StepId(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
