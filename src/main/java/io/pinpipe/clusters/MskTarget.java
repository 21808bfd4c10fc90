package io.pinpipe.clusters;

import io.pinpipe.connections.ConnectionRules;

import java.util.Objects;

/** Where to look for clusters: whose credentials, and which region. */
public record MskTarget(AwsProfile profile, String region) {

    public MskTarget {
        Objects.requireNonNull(profile, "profile");
        ConnectionRules.regionProblem(Objects.requireNonNull(region, "region")).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        region = region.strip();
    }

    /** "profile dev in eu-west-1", for messages and logs. */
    public String describe() {
        return profile.name().map(name -> "profile " + name).orElse("the default credential chain") + " in " + region;
    }

    public MskTarget inRegion(String other) {
        return new MskTarget(profile, other);
    }
}
