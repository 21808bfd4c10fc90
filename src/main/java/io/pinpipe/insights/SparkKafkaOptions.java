package io.pinpipe.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The connection's Kafka client settings as the options of Spark's Kafka source ({@code kafka.}-prefixed), written
 * as a Python dict. A password is never written: a SCRAM/PLAIN login reads it from a Databricks secret (notebook)
 * or an environment variable (script); other password settings are left out with a comment.
 */
final class SparkKafkaOptions {

    /** Where the script reads the SASL password from: the same variable Pinpipe itself reads. */
    static final String PASSWORD_VARIABLE = "PINPIPE_SCRAM_PASSWORD";
    static final String SECRET_SCOPE = "pinpipe";
    static final String SECRET_KEY = "kafka-password";
    static final String IAM_JAR = "software.amazon.msk:aws-msk-iam-auth";

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password\\s*=\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s;]+)");
    private static final List<String> FIRST = List.of("bootstrap.servers", "security.protocol", "sasl.mechanism");
    /** Consumer settings Spark's Kafka source sets itself and refuses as {@code kafka.} options (or that mean nothing). */
    static final List<String> REFUSED_BY_SPARK = List.of("group.id", "auto.offset.reset", "key.deserializer",
            "value.deserializer", "enable.auto.commit", "interceptor.classes");
    static final String SHADED_IAM = "shadedmskiam.";
    private static final String IAM_PACKAGE = "software.amazon.msk.auth.iam.";
    private static final Pattern IAM_PROFILE = Pattern.compile("\\s*awsProfileName\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s;]+)");

    private SparkKafkaOptions() {
    }

    /** Python lines defining {@code KAFKA_OPTIONS} (and {@code KAFKA_PASSWORD} when the login needs one). */
    static List<String> lines(Map<String, String> kafka, SparkExport.Format format) {
        var lines = new ArrayList<String>();
        var refused = kafka.keySet().stream().filter(REFUSED_BY_SPARK::contains).sorted().toList();
        if (!refused.isEmpty()) {
            lines.add("# Left out: " + String.join(", ", refused) + " (Spark's Kafka source sets these itself and "
                    + "refuses them as options).");
        }
        var ordered = ordered(kafka);
        ordered.keySet().removeAll(REFUSED_BY_SPARK);
        boolean iam = "AWS_MSK_IAM".equals(ordered.get("sasl.mechanism"));
        if (iam && format == SparkExport.Format.DATABRICKS) {
            shadeIam(ordered);
        }
        var jaas = ordered.get("sasl.jaas.config");
        var needsPassword = jaas != null && PASSWORD.matcher(jaas).find();
        if (needsPassword) {
            lines.addAll(passwordLines(format));
        }
        if (iam && format == SparkExport.Format.DATABRICKS) {
            lines.add("# MSK IAM on Databricks: the runtime's Kafka client is shaded, so the login uses the shaded");
            lines.add("# (shadedmskiam.) MSK IAM classes the runtime ships. Credentials come from the cluster's instance");
            lines.add("# profile, which needs kafka-cluster:Connect, DescribeTopic and ReadData (a local AWS profile");
            lines.add("# name means nothing on a cluster, so none is written).");
        } else if (iam) {
            lines.add("# MSK IAM: the cluster needs the aws-msk-iam-auth jar (Maven: " + IAM_JAR + ") as a library,");
            lines.add("# and its instance profile (or role) needs kafka-cluster:Connect, DescribeTopic and ReadData.");
        }
        var comments = new ArrayList<String>();
        var entries = new ArrayList<String>();
        ordered.forEach((key, value) -> {
            if (key.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                comments.add("# " + key + " is left out (a secret): add it from a secret store if the cluster needs it.");
            } else if (key.equals("sasl.jaas.config") && needsPassword) {
                entries.add("    " + SparkText.py("kafka." + key) + ": " + jaasWithoutPassword(value, format) + ",");
            } else {
                if (key.equals("ssl.truststore.location")) {
                    comments.add("# ssl.truststore.location is a path on the machine Pinpipe ran on: copy the truststore "
                            + "where the cluster can read it and change the path.");
                }
                entries.add("    " + SparkText.py("kafka." + key) + ": " + SparkText.py(value) + ",");
            }
        });
        lines.addAll(comments);
        lines.add("KAFKA_OPTIONS = {");
        lines.addAll(entries);
        lines.add("}");
        return lines;
    }

    private static Map<String, String> ordered(Map<String, String> kafka) {
        var ordered = new LinkedHashMap<String, String>();
        FIRST.forEach(key -> {
            if (kafka.containsKey(key)) {
                ordered.put(key, kafka.get(key));
            }
        });
        kafka.keySet().stream().sorted().filter(key -> !FIRST.contains(key)).forEach(key -> ordered.put(key, kafka.get(key)));
        return ordered;
    }

    /** Databricks' documented MSK IAM setup: the shaded login module and callback handler, no AWS profile. */
    private static void shadeIam(Map<String, String> options) {
        var jaas = options.get("sasl.jaas.config");
        if (jaas != null && jaas.strip().startsWith(IAM_PACKAGE)) {
            options.put("sasl.jaas.config", SHADED_IAM + IAM_PROFILE.matcher(jaas.strip()).replaceAll(""));
        }
        var handler = options.get("sasl.client.callback.handler.class");
        if (handler != null && handler.startsWith(IAM_PACKAGE)) {
            options.put("sasl.client.callback.handler.class", SHADED_IAM + handler);
        }
    }

    private static List<String> passwordLines(SparkExport.Format format) {
        if (format == SparkExport.Format.DATABRICKS) {
            return List.of("# The SASL password is never written here: it is read from a Databricks secret. Create it once with",
                    "#   databricks secrets create-scope " + SECRET_SCOPE,
                    "#   databricks secrets put-secret " + SECRET_SCOPE + " " + SECRET_KEY,
                    "KAFKA_PASSWORD = dbutils.secrets.get(scope=" + SparkText.py(SECRET_SCOPE) + ", key="
                            + SparkText.py(SECRET_KEY) + ")");
        }
        return List.of("# The SASL password is never written here: it is read from the environment variable "
                        + PASSWORD_VARIABLE + ".",
                "KAFKA_PASSWORD = os.environ[" + SparkText.py(PASSWORD_VARIABLE) + "]");
    }

    /**
     * The JAAS line as a Python expression with the password taken from {@code KAFKA_PASSWORD}. On Databricks the
     * runtime's Kafka client is shaded, so Kafka's own login modules are named with the {@code kafkashaded.} prefix.
     */
    private static String jaasWithoutPassword(String jaas, SparkExport.Format format) {
        var text = jaas;
        if (format == SparkExport.Format.DATABRICKS && text.strip().startsWith("org.apache.kafka.")) {
            text = "kafkashaded." + text.strip();
        }
        var matcher = PASSWORD.matcher(text);
        matcher.find();
        var before = text.substring(0, matcher.start(2));
        var after = text.substring(matcher.end(2));
        // Later password=... options (there should be none) are dropped too.
        after = PASSWORD.matcher(after).replaceAll("");
        return SparkText.py(before + "\"") + " + KAFKA_PASSWORD.replace('\\\\', '\\\\\\\\').replace('\"', '\\\\\"') + "
                + SparkText.py("\"" + after);
    }
}
