package io.pinpipe.doctor;

import io.pinpipe.connections.AuthSettings;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;

/** The AWS identity step's failure in words: no credentials, an unknown profile, an expired token, access denied. */
final class AwsFailure {

    private AwsFailure() {
    }

    static StepResult.Failed of(Exception error, AuthSettings.Iam iam) {
        var message = String.valueOf(error.getMessage());
        var detail = error.getClass().getName() + ": " + message;
        var profile = iam.awsProfile();
        var login = profile.map(p -> "aws sso login --profile " + p).orElse("aws sso login");
        if (message.contains("Unable to load credentials from any of the providers")) {
            return new StepResult.Failed("No AWS credentials found", "Choose an AWS profile for this connection, run '"
                    + login + "' or 'aws configure', or set AWS_PROFILE (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)", detail);
        }
        if (profile.isPresent() && (message.contains("no credentials for profile") || message.contains("does not exist")
                || message.contains("not found in") || message.contains("Profile file contained no"))) {
            return new StepResult.Failed("AWS profile '" + profile.get() + "' has no credentials",
                    "Check the name ('aws configure list-profiles' lists them), or set it up with 'aws configure --profile "
                            + profile.get() + "' or 'aws configure sso --profile " + profile.get() + "'", detail);
        }
        if (message.contains("SSO") && (message.contains("expired") || message.contains("Token"))) {
            return new StepResult.Failed("The AWS SSO session has expired", "Run '" + login + "'", detail);
        }
        if (error instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            return serviceFailure(service, iam, login, detail);
        }
        if (error instanceof ApiCallTimeoutException || error instanceof java.util.concurrent.TimeoutException) {
            return new StepResult.Failed("AWS STS did not answer in time", "Check this machine's internet access or "
                    + "proxy; a private STS endpoint goes in AWS_ENDPOINT_URL_STS", detail);
        }
        if (message.contains("Unable to execute HTTP request")) {
            return new StepResult.Failed("Cannot reach AWS STS: " + message, "Check this machine's internet access or "
                    + "proxy; a private STS endpoint goes in AWS_ENDPOINT_URL_STS", detail);
        }
        return new StepResult.Failed("Cannot tell which AWS identity is in use: " + message,
                "Check the connection's AWS profile and region", detail);
    }

    private static StepResult.Failed serviceFailure(AwsServiceException error, AuthSettings.Iam iam, String login, String detail) {
        var code = String.valueOf(error.awsErrorDetails().errorCode());
        var said = error.awsErrorDetails().errorMessage();
        return switch (code) {
            case "ExpiredToken", "ExpiredTokenException", "RequestExpired" -> new StepResult.Failed(
                    "The AWS session token has expired", "Refresh the credentials: run '" + login
                    + "', or get new temporary keys", detail);
            case "InvalidClientTokenId", "UnrecognizedClientException" -> new StepResult.Failed(
                    "AWS does not know this access key: " + said, "The key was deleted or mistyped: create a new one, "
                    + "or use another profile", detail);
            case "SignatureDoesNotMatch" -> new StepResult.Failed("The secret access key does not match the access key id",
                    "Check the secret key in the credentials file or environment", detail);
            case "AccessDenied", "AccessDeniedException" -> new StepResult.Failed("AWS denied access: " + said,
                    iam.roleArn().map(arn -> "The identity may not sts:AssumeRole " + arn + ", or the role's trust policy "
                            + "does not name it").orElse("Check the identity's IAM policies"), detail);
            default -> new StepResult.Failed("AWS STS refused: " + code + ": " + said,
                    "Check the connection's AWS profile and region", detail);
        };
    }
}
