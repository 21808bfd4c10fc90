package io.pinpipe.clusters;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The AWS settings this process was started with, read the way the AWS CLI and SDK read them: a system
 * property first ({@code aws.configFile}, {@code aws.profile}, ...), then the environment variable.
 */
public record AwsEnvironment(Function<String, String> env, Function<String, String> properties) {

    public static final String ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL_KAFKA";

    public static AwsEnvironment system() {
        return new AwsEnvironment(System::getenv, System::getProperty);
    }

    /** Only these environment variables, no system properties: for tests and the command line's fakes. */
    public static AwsEnvironment of(Function<String, String> env) {
        return new AwsEnvironment(env, name -> null);
    }

    public Path configFile() {
        return path("aws.configFile", "AWS_CONFIG_FILE").orElse(awsFolder().resolve("config"));
    }

    public Path credentialsFile() {
        return path("aws.sharedCredentialsFile", "AWS_SHARED_CREDENTIALS_FILE").orElse(awsFolder().resolve("credentials"));
    }

    /** {@code AWS_PROFILE}: the profile a shell session chose. */
    public Optional<String> profile() {
        return value("aws.profile", "AWS_PROFILE").or(() -> value(null, "AWS_DEFAULT_PROFILE"));
    }

    public Optional<String> region() {
        return value("aws.region", "AWS_REGION").or(() -> value(null, "AWS_DEFAULT_REGION"));
    }

    /**
     * {@code AWS_ENDPOINT_URL_KAFKA}, else {@code AWS_ENDPOINT_URL}: a local or private MSK API endpoint.
     *
     * @throws IllegalArgumentException when the variable is not an http(s) URL
     */
    public Optional<URI> endpoint() {
        return value(null, ENDPOINT_VARIABLE).or(() -> value(null, "AWS_ENDPOINT_URL")).map(AwsEnvironment::endpointUri);
    }

    /** @throws IllegalArgumentException naming what is wrong with the text */
    public static URI endpointUri(String text) {
        try {
            var uri = new URI(text.strip());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new URISyntaxException(text, "needs http:// or https:// and a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not an MSK endpoint URL such as "
                    + "https://kafka.us-east-1.amazonaws.com or http://127.0.0.1:4566", e);
        }
    }

    private Path awsFolder() {
        var home = Optional.ofNullable(properties.apply("user.home")).or(() -> Optional.ofNullable(env.apply("HOME")))
                .orElse(System.getProperty("user.home"));
        return Path.of(home, ".aws");
    }

    private Optional<Path> path(String property, String variable) {
        return value(property, variable).map(text -> text.startsWith("~/") ? awsFolder().getParent().resolve(text.substring(2))
                : Path.of(text));
    }

    private Optional<String> value(String property, String variable) {
        var fromProperty = property == null ? null : properties.apply(property);
        return Optional.ofNullable(fromProperty).or(() -> Optional.ofNullable(env.apply(variable)))
                .map(String::strip).filter(text -> !text.isEmpty());
    }
}
