package io.pinpipe.consumers;

import org.apache.kafka.clients.admin.Admin;

/**
 * Counts the requests the shared admin client sent, from its own metrics ("request-total" of the group
 * "admin-client-metrics"): read before and after a refresh, the difference is the refresh's round trips. Other work
 * on the same client at the same time is counted too, so the figure is an upper bound.
 */
final class RoundTripCounter {

    private static final String GROUP = "admin-client-metrics";
    private static final String NAME = "request-total";

    private final Admin admin;
    private final double started;

    private RoundTripCounter(Admin admin) {
        this.admin = admin;
        this.started = total(admin);
    }

    static RoundTripCounter start(Admin admin) {
        return new RoundTripCounter(admin);
    }

    /** The requests sent since {@link #start}. */
    int sent() {
        return (int) Math.round(total(admin) - started);
    }

    private static double total(Admin admin) {
        return admin.metrics().entrySet().stream()
                .filter(entry -> GROUP.equals(entry.getKey().group()) && NAME.equals(entry.getKey().name()))
                .mapToDouble(entry -> entry.getValue().metricValue() instanceof Number number ? number.doubleValue() : 0)
                .sum();
    }
}
