package io.pinpipe.topics;

import java.util.Optional;

/**
 * The one rule for the prefix of the pipeline's topics ({@code PREFIX.pin}, {@code .geo}, {@code .user}), used by the
 * Topics pane, the emulator form, the command line and {@link TopicAdmin}: the prefix follows Kafka's rules for a
 * name, and the longest of the three names still fits.
 */
public final class PipelinePrefix {

    /** 244: {@code PREFIX.user} may have at most {@link TopicNames#MAX_LENGTH} characters. */
    public static final int MAX_LENGTH = TopicNames.MAX_LENGTH - 1
            - PipelineTopics.SUFFIXES.stream().mapToInt(String::length).max().orElseThrow();

    private PipelinePrefix() {
    }

    /** What is wrong with the prefix as it will be used (callers strip a typed one first), or empty when it is fine. */
    public static Optional<String> problem(String prefix) {
        if (prefix.isEmpty()) {
            return Optional.of("The topic prefix cannot be empty: it names the topics PREFIX.pin, PREFIX.geo and PREFIX.user");
        }
        // Kafka refuses '.' and '..' as names; as prefixes they only make names that look like paths ('..pin').
        if (prefix.equals(".") || prefix.equals("..")) {
            return Optional.of("The topic prefix cannot be '" + prefix + "'");
        }
        var illegal = TopicNames.illegalCharacters(prefix);
        if (illegal.isPresent()) {
            return Optional.of("A topic prefix may only contain " + TopicNames.LEGAL + ", not " + illegal.get());
        }
        if (prefix.length() > MAX_LENGTH) {
            return Optional.of("A topic prefix can have at most " + MAX_LENGTH + " characters, so that PREFIX.user fits in "
                    + TopicNames.MAX_LENGTH + "; this one has " + prefix.length());
        }
        return Optional.empty();
    }
}
