package io.pinpipe.doctor;

import software.amazon.awssdk.profiles.ProfileFile;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the doctor looks for AWS profiles and which STS endpoint it asks. The default is the AWS CLI's:
 * ~/.aws/config and ~/.aws/credentials (or AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE), and the SDK's
 * own endpoint choice, which honours AWS_ENDPOINT_URL_STS.
 */
public record AwsSetup(Supplier<ProfileFile> profiles, Optional<URI> stsEndpoint) {

    public AwsSetup {
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(stsEndpoint, "stsEndpoint");
    }

    public static AwsSetup fromEnvironment() {
        return new AwsSetup(ProfileFile::defaultProfileFile, Optional.empty());
    }
}
