package dev.coms.benchmarks.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Percentiles of a sample (nearest rank). */
final class Stats {

    private Stats() {}

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static String summary(List<Double> millis) {
        return String.format(
                Locale.ROOT,
                "p50 %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms",
                percentile(millis, 50),
                percentile(millis, 95),
                percentile(millis, 0),
                percentile(millis, 100));
    }
}
