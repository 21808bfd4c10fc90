package io.pinpipe.bench;

import java.util.List;

/** The middle of a few measured rounds: one noisy round (others build on this machine too) does not decide. */
final class Median {

    private Median() {
    }

    static double of(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        var middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
