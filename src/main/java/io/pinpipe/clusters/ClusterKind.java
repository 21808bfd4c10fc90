package io.pinpipe.clusters;

/** MSK's two kinds of cluster. */
public enum ClusterKind {
    PROVISIONED("Provisioned"),
    SERVERLESS("Serverless");

    private final String label;

    ClusterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
