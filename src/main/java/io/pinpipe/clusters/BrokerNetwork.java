package io.pinpipe.clusters;

/** Which network path a bootstrap string is for. */
public enum BrokerNetwork {
    PRIVATE("inside the VPC"),
    PUBLIC("public access"),
    VPC_CONNECTIVITY("multi-VPC connectivity");

    private final String label;

    BrokerNetwork(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
