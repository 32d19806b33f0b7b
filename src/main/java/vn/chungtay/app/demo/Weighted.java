package vn.chungtay.app.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fixed list of values with relative weights, drawn at random. The demo data is made of such tables (family names
 * by frequency, ethnic groups by share, household sizes), so one small class keeps each draw a single line.
 *
 * @param <T> the kind of value drawn
 */
final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, double[] weights) {
        if (values.isEmpty() || values.size() != weights.length) {
            throw new IllegalArgumentException("one weight per value, at least one value");
        }
        this.values = List.copyOf(values);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("negative weight");
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("weights sum to zero");
        }
    }

    /** Values and weights in the form "value", weight, "value", weight, … (weights are any positive numbers). */
    static Weighted<String> of(Object... valueWeightPairs) {
        List<String> values = new ArrayList<>();
        double[] weights = new double[valueWeightPairs.length / 2];
        for (int i = 0; i + 1 < valueWeightPairs.length; i += 2) {
            values.add((String) valueWeightPairs[i]);
            weights[i / 2] = ((Number) valueWeightPairs[i + 1]).doubleValue();
        }
        return new Weighted<>(values, weights);
    }

    /** Every value with the same weight. */
    static Weighted<String> uniform(String... values) {
        double[] weights = new double[values.length];
        Arrays.fill(weights, 1);
        return new Weighted<>(List.of(values), weights);
    }

    /**
     * Values listed from most to least frequent, weighted by a Zipf-like curve (1/rank): a realistic shape for name
     * lists where only the order of frequency is known.
     */
    static Weighted<String> byRank(String... valuesMostFrequentFirst) {
        double[] weights = new double[valuesMostFrequentFirst.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1.0 / (i + 1);
        }
        return new Weighted<>(List.of(valuesMostFrequentFirst), weights);
    }

    static <V> Weighted<V> of(List<V> values, double[] weights) {
        return new Weighted<>(values, weights);
    }

    T draw(SplittableRandom random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        i = i >= 0 ? i + 1 : -i - 1;
        return values.get(Math.min(i, values.size() - 1));
    }

    /** The share of the value among all weights (0 when absent). */
    double share(T value) {
        double total = cumulative[cumulative.length - 1];
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).equals(value)) {
                return (cumulative[i] - (i == 0 ? 0 : cumulative[i - 1])) / total;
            }
        }
        return 0;
    }
}
