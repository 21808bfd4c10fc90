package io.pinpipe.workbench;

/** The sections of the sidebar, in their order. */
public enum PaneGroup {
    CLUSTER("Cluster"),
    PIPELINE("Pipeline"),
    LOCAL("Local");

    private final String label;

    PaneGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
