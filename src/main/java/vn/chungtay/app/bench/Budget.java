package vn.chungtay.app.bench;

/**
 * A figure's budget from DESIGN.md: at most {@code maxRatio} times its raw baseline, at most {@code maxValue}, or
 * both ({@code null} where a part does not apply). {@link #NONE} marks a figure printed for information.
 */
public record Budget(Double maxRatio, Quantity maxValue) {

    public static final Budget NONE = new Budget(null, null);

    public static Budget ratio(double maxRatio) {
        return new Budget(maxRatio, null);
    }

    public static Budget atMost(Quantity maxValue) {
        return new Budget(null, maxValue);
    }

    public Budget andRatio(double ratio) {
        return new Budget(ratio, maxValue);
    }

    public boolean isNone() {
        return maxRatio == null && maxValue == null;
    }

    /** True when the value keeps every part of the budget. */
    public boolean keeps(Quantity value, Quantity baseline) {
        if (maxValue != null && value.value() > maxValue.value()) {
            return false;
        }
        return maxRatio == null || (baseline != null && baseline.value() > 0
                && value.value() / baseline.value() <= maxRatio);
    }
}
