package vn.chungtay.app.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles of measured times (nearest rank). */
final class Stats {

    private Stats() {
    }

    static long percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static long median(List<Long> values) {
        return percentile(values, 50);
    }
}
