package io.pinpipe.doctor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The AWS SDK's credential provider names, said in words. SDK 2.3x+ names providers by the short codes it also
 * sends in its user agent ("n" is a profile's keys, "i" an assumed role; "o,i" a source profile, then a role);
 * older versions used class names, which are understood too.
 */
final class ProviderNames {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("e", "credentials given in code"),
            Map.entry("f", "Java system properties (aws.accessKeyId)"),
            Map.entry("g", "environment variables (AWS_ACCESS_KEY_ID)"),
            Map.entry("h", "a web identity token from the environment (AWS_WEB_IDENTITY_TOKEN_FILE)"),
            Map.entry("i", "an assumed role (STS AssumeRole)"),
            Map.entry("j", "a role assumed with SAML"),
            Map.entry("k", "a role assumed with a web identity"),
            Map.entry("l", "an STS federation token"),
            Map.entry("m", "an STS session token"),
            Map.entry("n", "PROFILE in the shared AWS config and credentials files"),
            Map.entry("o", "the source_profile of PROFILE"),
            Map.entry("p", "the credential_source of PROFILE"),
            Map.entry("q", "a web identity token named by PROFILE"),
            Map.entry("r", "an IAM Identity Center (SSO) login of PROFILE"),
            Map.entry("s", "an IAM Identity Center (SSO) login"),
            Map.entry("t", "a legacy SSO login of PROFILE"),
            Map.entry("u", "a legacy SSO login"),
            Map.entry("v", "the credential_process of PROFILE"),
            Map.entry("w", "a credential_process command"),
            Map.entry("z", "the container's credentials endpoint (ECS or EKS)"),
            Map.entry("0", "the EC2 instance profile (IMDS)"),
            Map.entry("AC", "an 'aws login' session of PROFILE"),
            Map.entry("AD", "an 'aws login' session"));

    private ProviderNames() {
    }

    static String describe(String providerName, Optional<String> profile) {
        var profileText = "profile " + profile.orElse("default");
        return Arrays.stream(providerName.split(",")).map(String::strip).filter(part -> !part.isEmpty())
                .map(part -> Optional.ofNullable(CODES.get(part)).orElseGet(() -> byClassName(part)).replace("PROFILE", profileText))
                .collect(Collectors.joining(", then "));
    }

    private static String byClassName(String name) {
        var lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("systemproperty")) {
            return CODES.get("f");
        }
        if (lower.contains("environmentvariable")) {
            return CODES.get("g");
        }
        if (lower.contains("webidentity")) {
            return CODES.get("h");
        }
        if (lower.contains("sso")) {
            return CODES.get("s");
        }
        if (lower.contains("assumerole")) {
            return CODES.get("i");
        }
        if (lower.contains("process")) {
            return CODES.get("w");
        }
        if (lower.contains("container")) {
            return CODES.get("z");
        }
        if (lower.contains("instanceprofile")) {
            return CODES.get("0");
        }
        return lower.contains("profile") ? CODES.get("n") : name;
    }
}
