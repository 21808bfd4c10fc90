package io.pinpipe.topics.view;

import java.util.Optional;

/** The create dialog's number fields: empty means "cluster default"; otherwise a sentence if wrong. */
final class FieldChecks {

    private FieldChecks() {
    }

    static String count(String text, String what, int min, int max) {
        if (text == null || text.isBlank()) {
            return "";
        }
        var value = parse(text);
        if (value.isEmpty()) {
            return what + " must be a whole number.";
        }
        if (value.get() < min || value.get() > max) {
            return what + " must be from " + min + " to " + max + ".";
        }
        return "";
    }

    static String replicationFactor(String text, Optional<Integer> brokers) {
        var basic = count(text, "Replication factor", 1, Short.MAX_VALUE);
        if (!basic.isEmpty() || text == null || text.isBlank() || brokers.isEmpty()) {
            return basic;
        }
        var factor = parse(text).orElseThrow();
        if (factor > brokers.get()) {
            return "At most " + brokers.get() + ": the cluster has " + brokers.get()
                    + (brokers.get() == 1 ? " broker" : " brokers") + ", and each replica needs its own.";
        }
        return "";
    }

    static String minInsync(String text, String replicationText, Optional<Integer> brokers) {
        var basic = count(text, "Min in-sync replicas", 1, Short.MAX_VALUE);
        if (!basic.isEmpty() || text == null || text.isBlank()) {
            return basic;
        }
        var replicas = parse(replicationText).or(() -> brokers);
        var value = parse(text).orElseThrow();
        if (replicas.isPresent() && value > replicas.get()) {
            return "At most the replication factor (" + replicas.get() + "), or no write could ever succeed.";
        }
        return "";
    }

    static String retention(String text) {
        if (text == null || text.isBlank() || text.strip().equals("-1")) {
            return "";
        }
        try {
            var value = Long.parseLong(text.strip());
            return value >= 1 ? "" : "Retention is a number of milliseconds, or -1 to keep messages forever.";
        } catch (NumberFormatException e) {
            return "Retention is a number of milliseconds, or -1 to keep messages forever.";
        }
    }

    static String retentionHint(String text) {
        if (text == null || text.isBlank()) {
            return "milliseconds; empty keeps the cluster default";
        }
        if (text.strip().equals("-1")) {
            return "= forever";
        }
        if (!retention(text).isEmpty()) {
            return "";
        }
        return "= " + io.pinpipe.core.Units.millis(Long.parseLong(text.strip()));
    }

    private static Optional<Integer> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
