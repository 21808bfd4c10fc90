package io.pinpipe.clusters;

import java.util.Objects;
import java.util.Optional;

/** A named profile of the shared AWS files, or the default provider chain (no name). */
public record AwsProfile(Optional<String> name, ProfileKind kind, Optional<String> region) {

    public static final String DEFAULT_CHAIN_LABEL = "Default chain";
    public static final AwsProfile DEFAULT_CHAIN = new AwsProfile(Optional.empty(), ProfileKind.DEFAULT_CHAIN, Optional.empty());

    public AwsProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
    }

    public boolean isDefaultChain() {
        return name.isEmpty();
    }

    /** What a picker shows: the name, or "Default chain". */
    public String label() {
        return name.orElse(DEFAULT_CHAIN_LABEL);
    }

    /** How to log in again, for messages about missing or expired credentials. */
    public String loginHint() {
        var flag = name.map(n -> " --profile " + n).orElse("");
        return kind == ProfileKind.SSO ? "run 'aws sso login" + flag + "'"
                : "run 'aws configure" + flag + "' (or 'aws sso login" + flag + "' for an SSO profile)";
    }
}
