package io.pinpipe.clusters;

import io.pinpipe.clusters.MskException.Reason;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The one place where what the AWS SDK throws becomes a sentence naming the profile, region and action. */
final class MskFailures {

    private static final Set<String> EXPIRED = Set.of("ExpiredTokenException", "ExpiredToken", "RequestExpired",
            "TokenRefreshRequired");
    private static final Set<String> BAD_CREDENTIALS = Set.of("UnrecognizedClientException", "InvalidClientTokenId",
            "InvalidSignatureException", "SignatureDoesNotMatch", "IncompleteSignature", "UnauthorizedException",
            "MissingAuthenticationTokenException");
    private static final Set<String> THROTTLING = Set.of("TooManyRequestsException", "ThrottlingException",
            "Throttling", "ThrottledException", "RequestLimitExceeded");

    private final MskTarget target;
    private final Optional<URI> endpoint;

    MskFailures(MskTarget target, Optional<URI> endpoint) {
        this.target = target;
        this.endpoint = endpoint;
    }

    MskException describe(Throwable failure, MskCall call) {
        if (failure instanceof MskException known) {
            return known;
        }
        if (failure instanceof AwsServiceException service) {
            return service(service, call);
        }
        if (failure instanceof AbortedException || failure instanceof InterruptedException
                || Thread.currentThread().isInterrupted()) {
            return new MskException(Reason.INTERRUPTED, "Stopped before " + call.operation() + " answered", failure);
        }
        if (failure instanceof ApiCallTimeoutException) {
            return new MskException(Reason.UNREACHABLE, "No answer from the MSK API at " + where() + " for "
                    + call.operation() + " in time: check the network path (proxy, VPN) to it", failure);
        }
        var message = Optional.ofNullable(failure.getMessage()).orElse(failure.getClass().getSimpleName());
        var lower = message.toLowerCase(Locale.ROOT);
        var profile = target.profile();
        if (lower.contains("sso") && (lower.contains("expired") || lower.contains("invalid") || lower.contains("token"))) {
            return new MskException(Reason.EXPIRED_CREDENTIALS, "The SSO session of " + who()
                    + " has expired or was never started: run 'aws sso login"
                    + profile.name().map(name -> " --profile " + name).orElse("") + "', then refresh", failure);
        }
        if (lower.contains("unable to load credentials") || lower.contains("no credentials")
                || lower.contains("profile file contained no credentials") || lower.contains("unable to load a profile")) {
            return new MskException(Reason.NO_CREDENTIALS, "No AWS credentials for " + who() + ": " + profile.loginHint()
                    + ", or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, then refresh", failure);
        }
        if (failure instanceof SdkClientException && hasCause(failure, UnknownHostException.class)) {
            return new MskException(Reason.UNREACHABLE, "Cannot find the MSK API at " + where()
                    + (endpoint.isPresent() ? ": check the endpoint URL" : ": is '" + target.region()
                    + "' a region where MSK is offered, and is this machine online?"), failure);
        }
        if (failure instanceof SdkClientException && hasCause(failure, ConnectException.class)) {
            return new MskException(Reason.UNREACHABLE, "Cannot connect to the MSK API at " + where()
                    + ": connection refused or blocked (proxy, firewall, VPN?)", failure);
        }
        return new MskException(Reason.SERVICE, "Could not call " + call.describe() + " at " + where() + ": "
                + oneLine(message), failure);
    }

    private MskException service(AwsServiceException error, MskCall call) {
        var code = Optional.ofNullable(error.awsErrorDetails()).map(d -> d.errorCode()).orElse("");
        var status = error.statusCode();
        var message = Optional.ofNullable(error.awsErrorDetails()).map(d -> d.errorMessage()).filter(m -> m != null)
                .orElse(Optional.ofNullable(error.getMessage()).orElse(code));
        var detail = oneLine(message);
        var lower = detail.toLowerCase(Locale.ROOT);
        var cluster = call.cluster().map(name -> " on cluster " + name).orElse("");
        if (EXPIRED.contains(code) || ((status == 401 || status == 403) && lower.contains("expired"))) {
            return new MskException(Reason.EXPIRED_CREDENTIALS, "The AWS credentials of " + who() + " have expired: "
                    + target.profile().loginHint() + " to get fresh ones, then refresh", error);
        }
        if (BAD_CREDENTIALS.contains(code) || status == 401) {
            return new MskException(Reason.INVALID_CREDENTIALS, "AWS did not accept the credentials of " + who() + " ("
                    + code + ": " + detail + "): check the access key, or " + target.profile().loginHint(), error);
        }
        if (THROTTLING.contains(code) || status == 429) {
            var attempts = Optional.ofNullable(error.numAttempts()).orElse(1);
            return new MskException(Reason.THROTTLED, "AWS is throttling MSK API calls (" + call.operation()
                    + ", still refused after " + attempts + (attempts == 1 ? " attempt" : " attempts")
                    + "): wait a minute, then refresh", error);
        }
        if (status == 403 || code.equals("ForbiddenException") || code.equals("AccessDeniedException")) {
            return new MskException(Reason.ACCESS_DENIED, "Access denied: " + who() + " may not call "
                    + call.iamAction() + cluster + ". Add " + call.iamAction() + " to its IAM policy (AWS said: "
                    + detail + ")", error);
        }
        if (status == 404 || code.equals("NotFoundException")) {
            return new MskException(Reason.NOT_FOUND, "No such MSK cluster" + call.cluster().map(name -> " '" + name + "'")
                    .orElse("") + " in " + target.region() + " (AWS said: " + detail + "); it may have been deleted, "
                    + "or be in another region or account", error);
        }
        if (status == 409 || code.equals("ConflictException") || lower.contains("creating")) {
            return new MskException(Reason.NOT_READY, "Cluster" + call.cluster().map(name -> " " + name).orElse("")
                    + " is not ready for " + call.operation() + ": " + detail
                    + ". A new cluster takes 15 to 30 minutes to become ACTIVE", error);
        }
        if (status == 400) {
            return new MskException(Reason.INVALID_REQUEST, "MSK refused " + call.describe() + ": " + detail, error);
        }
        return new MskException(Reason.SERVICE, "MSK could not answer " + call.describe() + " (" + code + ", HTTP " + status
                + "): " + detail + ". Try again in a moment", error);
    }

    private String who() {
        return target.profile().name().map(name -> "AWS profile '" + name + "'").orElse("the default AWS credential chain");
    }

    private String where() {
        return endpoint.map(URI::toString).orElse("kafka." + target.region() + ".amazonaws.com");
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (var current = error; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String message) {
        var line = message.replaceAll("\\s*\\R\\s*", " ").replaceAll("\\s*\\(Service: .*$", "").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
