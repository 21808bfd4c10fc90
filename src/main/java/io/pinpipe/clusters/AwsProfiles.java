package io.pinpipe.clusters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The profiles of the shared config and credentials files ({@code AWS_CONFIG_FILE} and
 * {@code AWS_SHARED_CREDENTIALS_FILE} honoured), with the default provider chain first.
 */
public final class AwsProfiles {

    private static final Logger log = LoggerFactory.getLogger(AwsProfiles.class);

    private final AwsEnvironment environment;
    private final ProfileFile file;

    private AwsProfiles(AwsEnvironment environment, ProfileFile file) {
        this.environment = environment;
        this.file = file;
    }

    /** Reads both files now; a missing file counts as empty, a broken one is named in the log and skipped. */
    public static AwsProfiles read(AwsEnvironment environment) {
        var aggregator = ProfileFile.aggregator();
        add(aggregator, environment.configFile(), ProfileFile.Type.CONFIGURATION);
        add(aggregator, environment.credentialsFile(), ProfileFile.Type.CREDENTIALS);
        return new AwsProfiles(environment, aggregator.build());
    }

    private static void add(ProfileFile.Aggregator aggregator, Path path, ProfileFile.Type type) {
        if (!Files.isRegularFile(path)) {
            return;
        }
        try {
            aggregator.addFile(ProfileFile.builder().content(path).type(type).build());
        } catch (RuntimeException e) {
            log.warn("Skipping the AWS {} file {}: {}", type.name().toLowerCase(), path, e.getMessage());
        }
    }

    public AwsEnvironment environment() {
        return environment;
    }

    /** Both files as the SDK reads them, for credential providers and client settings. */
    public ProfileFile file() {
        return file;
    }

    /** The default chain, then the named profiles by name. */
    public List<AwsProfile> list() {
        var profiles = new ArrayList<AwsProfile>();
        profiles.add(defaultChain());
        file.profiles().values().stream().map(AwsProfiles::profile)
                .sorted(Comparator.comparing(profile -> profile.label().toLowerCase()))
                .forEach(profiles::add);
        return profiles;
    }

    public Optional<AwsProfile> find(String name) {
        return file.profile(name.strip()).map(AwsProfiles::profile);
    }

    /** The profile to start with: {@code AWS_PROFILE} when set, else the default chain. */
    public AwsProfile initial() {
        return environment.profile().flatMap(this::find).orElse(defaultChain());
    }

    /** The region to start with: {@code AWS_REGION}, else the profile's own, else none. */
    public Optional<String> regionFor(AwsProfile profile) {
        return environment.region().or(profile::region);
    }

    private AwsProfile defaultChain() {
        // The chain reads the "default" profile (or AWS_PROFILE) for its region, like the CLI.
        var region = file.profile(environment.profile().orElse("default")).flatMap(p -> p.property("region"));
        return new AwsProfile(Optional.empty(), ProfileKind.DEFAULT_CHAIN, region);
    }

    private static AwsProfile profile(Profile profile) {
        return new AwsProfile(Optional.of(profile.name()), kind(profile), profile.property("region"));
    }

    static ProfileKind kind(Profile profile) {
        if (profile.property("sso_session").isPresent() || profile.property("sso_start_url").isPresent()) {
            return ProfileKind.SSO;
        }
        if (profile.property("role_arn").isPresent()) {
            return profile.property("web_identity_token_file").isPresent() ? ProfileKind.WEB_IDENTITY : ProfileKind.ASSUME_ROLE;
        }
        if (profile.property("aws_access_key_id").isPresent()) {
            return ProfileKind.ACCESS_KEYS;
        }
        if (profile.property("credential_process").isPresent()) {
            return ProfileKind.PROCESS;
        }
        return ProfileKind.SETTINGS_ONLY;
    }
}
