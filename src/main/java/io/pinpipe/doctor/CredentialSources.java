package io.pinpipe.doctor;

import java.util.Optional;

/** The AWS SDK's credential provider names, said the way the AWS CLI documentation says them. */
final class CredentialSources {

    private CredentialSources() {
    }

    static String describe(String providerName, Optional<String> profile) {
        var name = providerName.toLowerCase(java.util.Locale.ROOT);
        if (name.contains("systemproperty")) {
            return "Java system properties (aws.accessKeyId)";
        }
        if (name.contains("environmentvariable")) {
            return "environment variables (AWS_ACCESS_KEY_ID)";
        }
        if (name.contains("webidentity")) {
            return "a web identity token (AWS_WEB_IDENTITY_TOKEN_FILE)";
        }
        if (name.contains("sso")) {
            return "an IAM Identity Center (SSO) login";
        }
        if (name.contains("assumerole")) {
            return "an assumed role";
        }
        if (name.contains("process")) {
            return "a credential_process command";
        }
        if (name.contains("container")) {
            return "the container's credentials (ECS or EKS)";
        }
        if (name.contains("instanceprofile")) {
            return "the EC2 instance profile";
        }
        if (name.contains("profile")) {
            return "profile " + profile.orElse("default") + " in the shared AWS config and credentials files";
        }
        return providerName;
    }
}
