package io.pinpipe.topics;

import org.apache.kafka.common.config.TopicConfig;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Topic config keys Kafka knows and the values it would take, checked cheaply before asking the broker
 * so a typo like {@code retention.msx} is caught before anything is created.
 */
public final class TopicConfigRules {

    /** Not in {@link TopicConfig} but accepted on topics (replication quotas). */
    private static final Set<String> EXTRA_KEYS = Set.of(
            "leader.replication.throttled.replicas", "follower.replication.throttled.replicas");
    private static final SortedSet<String> KEYS = knownKeys();
    private static final Set<String> WHOLE_NUMBERS = Set.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
            TopicConfig.FLUSH_MESSAGES_INTERVAL_CONFIG, TopicConfig.COMPRESSION_GZIP_LEVEL_CONFIG,
            TopicConfig.COMPRESSION_LZ4_LEVEL_CONFIG, TopicConfig.COMPRESSION_ZSTD_LEVEL_CONFIG);
    private static final Set<String> COMPRESSION = Set.of("uncompressed", "zstd", "lz4", "snappy", "gzip", "producer");
    private static final Set<String> CLEANUP = Set.of(TopicConfig.CLEANUP_POLICY_DELETE, TopicConfig.CLEANUP_POLICY_COMPACT);
    private static final Set<String> TIMESTAMP_TYPES = Set.of("CreateTime", "LogAppendTime");

    private TopicConfigRules() {
    }

    public static SortedSet<String> keys() {
        return KEYS;
    }

    /** Why this key or value would be refused, or empty when it looks fine. An empty value is a revert. */
    public static Optional<String> problem(String key, String value) {
        if (!KEYS.contains(key)) {
            return Optional.of("Unknown topic config '" + key + "'" + suggestion(key).map(s -> ": did you mean '" + s + "'?")
                    .orElse(""));
        }
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (key.endsWith(".ms") || key.endsWith(".bytes") || WHOLE_NUMBERS.contains(key)) {
            return wholeNumber(key, value);
        }
        if (key.endsWith(".enable") || key.equals(TopicConfig.PREALLOCATE_CONFIG)) {
            return value.equals("true") || value.equals("false") ? Optional.empty()
                    : Optional.of("Config " + key + " must be true or false, not '" + value + "'");
        }
        if (key.equals(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG)) {
            return ratio(key, value);
        }
        if (key.equals(TopicConfig.CLEANUP_POLICY_CONFIG)) {
            var policies = Arrays.stream(value.split(",")).map(String::strip).collect(Collectors.toSet());
            return CLEANUP.containsAll(policies) ? Optional.empty()
                    : Optional.of("Config cleanup.policy must be delete, compact or both (delete,compact), not '" + value + "'");
        }
        return oneOf(key, value, switch (key) {
            case TopicConfig.COMPRESSION_TYPE_CONFIG -> COMPRESSION;
            case TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG -> TIMESTAMP_TYPES;
            default -> Set.of();
        });
    }

    private static Optional<String> wholeNumber(String key, String value) {
        try {
            var number = Long.parseLong(value.strip());
            var minimum = key.equals(TopicConfig.RETENTION_MS_CONFIG) || key.equals(TopicConfig.RETENTION_BYTES_CONFIG)
                    || key.startsWith("local.retention") ? -1 : 0;
            if (key.equals(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG)) {
                minimum = 1;
            }
            return number >= minimum ? Optional.empty()
                    : Optional.of("Config " + key + " must be at least " + minimum + ", not " + number);
        } catch (NumberFormatException e) {
            var hint = key.equals(TopicConfig.RETENTION_MS_CONFIG) ? " (milliseconds, -1 to keep messages forever)"
                    : key.endsWith(".ms") ? " of milliseconds" : key.endsWith(".bytes") ? " of bytes" : "";
            return Optional.of("Config " + key + " must be a whole number" + hint + ", not '" + value + "'");
        }
    }

    private static Optional<String> ratio(String key, String value) {
        try {
            var number = Double.parseDouble(value.strip());
            return number >= 0 && number <= 1 ? Optional.empty()
                    : Optional.of("Config " + key + " must be between 0 and 1, not " + value);
        } catch (NumberFormatException e) {
            return Optional.of("Config " + key + " must be a number between 0 and 1, not '" + value + "'");
        }
    }

    private static Optional<String> oneOf(String key, String value, Set<String> allowed) {
        if (allowed.isEmpty() || allowed.contains(value)) {
            return Optional.empty();
        }
        return Optional.of("Config " + key + " must be one of " + String.join(", ", new TreeSet<>(allowed))
                + ", not '" + value + "'");
    }

    /** The nearest known key within a few typos, which catches most slips of the keyboard. */
    static Optional<String> suggestion(String key) {
        var lower = key.toLowerCase(Locale.ROOT);
        return KEYS.stream()
                .min(Comparator.comparingInt(known -> distance(lower, known)))
                .filter(known -> distance(lower, known) <= Math.max(2, known.length() / 5));
    }

    private static int distance(String a, String b) {
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (var j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (var i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (var j = 1; j <= b.length(); j++) {
                var cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static SortedSet<String> knownKeys() {
        var keys = new TreeSet<>(EXTRA_KEYS);
        for (var field : TopicConfig.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().endsWith("_CONFIG") && field.getType() == String.class) {
                try {
                    keys.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("TopicConfig." + field.getName() + " is not readable", e);
                }
            }
        }
        return java.util.Collections.unmodifiableSortedSet(keys);
    }
}
