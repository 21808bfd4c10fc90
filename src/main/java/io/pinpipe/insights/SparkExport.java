package io.pinpipe.insights;

import io.pinpipe.connections.ClientProperties;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.Secret;
import io.pinpipe.connections.SecretSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The cleaning and the eight queries for Spark, where one machine is not enough: a Databricks notebook (source
 * format, Python cells with Spark SQL) or a plain PySpark script, reading the three topics through Spark's Kafka
 * source (the connection's security settings, MSK IAM included; never a secret) or the S3 sink's JSON files.
 * The queries are {@link Query#sql()} verbatim.
 */
public final class SparkExport {

    public enum Format { DATABRICKS, PYSPARK }

    public enum Source { KAFKA, S3 }

    /**
     * @param kafka the Kafka source's options without the {@code kafka.} prefix (bootstrap.servers,
     *              security.protocol, sasl.mechanism, ...) with every secret left out; unused for S3
     * @param bucket the S3 bucket (no {@code s3://}); unused for Kafka
     */
    public record Request(PipelineTopics topics, Format format, Source source, Map<String, String> kafka,
                          String bucket) {

        public Request {
            Objects.requireNonNull(topics, "topics");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(source, "source");
            kafka = kafka == null ? Map.of() : Map.copyOf(kafka);
        }
    }

    private static final String SECRET_MARKER = "from-a-secret";
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    private SparkExport() {
    }

    /** The notebook or script's text. @throws InsightsException INVALID_REQUEST for a missing or bad bucket name */
    public static String render(Request request) {
        if (request.source() == Source.S3) {
            checkBucket(request.bucket());
        } else if (request.kafka().getOrDefault("bootstrap.servers", "").isBlank()) {
            throw invalid("The Kafka source needs the cluster's bootstrap servers: give the connection to read from.");
        }
        return new SparkNotebook(request).render();
    }

    /** Writes it; a file that cannot be written is an {@link InsightsException} (IO) naming the folder. */
    public static void write(Request request, Path output) {
        var text = render(request);
        var target = output.toAbsolutePath().normalize();
        var folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw new InsightsException(InsightsException.Reason.IO, "Cannot export to " + target + ": it is a folder");
        }
        Path partial;
        try {
            partial = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
        } catch (NoSuchFileException e) {
            throw cannotWrite(target, folder, "it does not exist", e);
        } catch (AccessDeniedException e) {
            throw cannotWrite(target, folder, "permission denied", e);
        } catch (FileSystemException e) {
            throw cannotWrite(target, folder, Objects.requireNonNullElse(e.getReason(), "refused")
                    .toLowerCase(Locale.ROOT), e);
        } catch (IOException | SecurityException e) {
            throw cannotWrite(target, folder, e.getMessage(), e);
        }
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new InsightsException(InsightsException.Reason.IO, "Cannot export to " + target + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The connection's Kafka client settings for the Kafka source, without a secret: a SASL login keeps its
     * {@code password=} option only as a marker (the export reads the password from a secret store instead), and
     * truststore passwords are left out. Nothing is asked of the person.
     *
     * @throws IllegalArgumentException when the connection cannot be used as it is (e.g. a truststore is missing)
     */
    public static Map<String, String> kafkaOptions(Connection connection) {
        SecretSource marker = secret -> secret instanceof Secret.ScramPassword
                ? Optional.of(SECRET_MARKER) : Optional.empty();
        var properties = ClientProperties.of(connection, marker);
        var options = new LinkedHashMap<String, String>();
        properties.stringPropertyNames().stream().sorted()
                .filter(key -> !key.toLowerCase(Locale.ROOT).contains("password"))
                .forEach(key -> options.put(key, properties.getProperty(key)));
        return options;
    }

    /** A bucket's name as S3 allows it: 3 to 63 lowercase letters, digits, dots and hyphens, no {@code s3://}. */
    static void checkBucket(String bucket) {
        if (bucket == null || bucket.isBlank()) {
            throw invalid("The S3 source needs the bucket the S3 sink writes to: give the bucket's name.");
        }
        var name = bucket.strip();
        if (name.contains("://")) {
            throw invalid("The bucket '" + name + "' is a URL: give the bucket's name alone, without s3:// or a path.");
        }
        if (!BUCKET.matcher(name).matches() || name.contains("..")) {
            throw invalid("The bucket '" + name + "' is not a bucket name S3 allows: use 3 to 63 lowercase letters, "
                    + "digits, dots and hyphens, starting and ending with a letter or digit.");
        }
    }

    private static InsightsException invalid(String message) {
        return new InsightsException(InsightsException.Reason.INVALID_REQUEST, message);
    }

    private static InsightsException cannotWrite(Path target, Path folder, String why, Exception cause) {
        return new InsightsException(InsightsException.Reason.IO, "Cannot export to " + target + ": the folder "
                + folder + " cannot be written (" + why + ")", cause);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Nothing more to do: the half file is hidden (a dot name) and ends in .part.
        }
    }
}
