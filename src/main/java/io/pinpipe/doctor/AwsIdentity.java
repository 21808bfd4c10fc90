package io.pinpipe.doctor;

import java.util.Optional;

/**
 * Who AWS says the connection's credentials belong to (STS GetCallerIdentity), and where they came from.
 *
 * @param providerName the SDK's name for the credential provider that supplied them, e.g. ProfileCredentialsProvider
 * @param profile      the AWS profile named by the connection, if any
 */
record AwsIdentity(String account, String arn, String userId, String providerName, Optional<String> profile, String region) {
}
