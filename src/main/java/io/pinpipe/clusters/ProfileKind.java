package io.pinpipe.clusters;

/** Where a profile's credentials come from, as a person picking one wants to know. */
public enum ProfileKind {
    DEFAULT_CHAIN("environment, profile, SSO, container or instance role"),
    ACCESS_KEYS("access keys"),
    SSO("IAM Identity Center (SSO)"),
    ASSUME_ROLE("assumed role"),
    WEB_IDENTITY("web identity"),
    PROCESS("credential process"),
    SETTINGS_ONLY("no credentials of its own");

    private final String label;

    ProfileKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
