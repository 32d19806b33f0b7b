package vn.chungtay.app.bench;

import java.util.List;

/**
 * One printed row of the benchmark: ChungTay's figure beside its raw baseline measured in the same run, and the
 * budget it is held to. A figure that could not be measured carries the error instead of values. {@code noteKey}
 * and {@code noteArgs} say what was measured (rows, packages, queries), for the command line to word.
 */
public record BenchRow(String key, Quantity value, Quantity baseline, Budget budget, String noteKey,
                       List<Object> noteArgs, String error) {

    public BenchRow {
        noteArgs = noteArgs == null ? List.of() : List.copyOf(noteArgs);
    }

    public static BenchRow of(String key, Quantity value, Quantity baseline, Budget budget, String noteKey,
                              Object... noteArgs) {
        return new BenchRow(key, value, baseline, budget, noteKey, List.of(noteArgs), null);
    }

    public static BenchRow failed(String key, Budget budget, String error) {
        return new BenchRow(key, null, null, budget, null, List.of(), error);
    }

    public boolean measured() {
        return error == null;
    }

    /** ChungTay's value over the baseline's, or {@code NaN} when there is no baseline to divide by. */
    public double ratio() {
        return !measured() || baseline == null || baseline.value() <= 0 ? Double.NaN
                : value.value() / baseline.value();
    }

    /** True when measured and within its budget; a figure without a budget is never "over". */
    public boolean within() {
        return measured() && (budget.isNone() || budget.keeps(value, baseline));
    }
}
