package io.pinpipe.insights;

/** The three data sets of a pipeline, each in its own topic {@code <prefix>.pin}, {@code .geo}, {@code .user}. */
public enum DataSet {
    PIN("pin", "posts"),
    GEO("geo", "geolocations"),
    USER("user", "users");

    private final String suffix;
    private final String label;

    DataSet(String suffix, String label) {
        this.suffix = suffix;
        this.label = label;
    }

    /** The topic's last part: {@code pin}, {@code geo} or {@code user}. */
    public String suffix() {
        return suffix;
    }

    /** What a person calls it: posts, geolocations, users. */
    public String label() {
        return label;
    }
}
