package vn.chungtay.app.report;

/** How a chart draws its series. */
public enum ChartKind {
    /** Bars side by side per category. */
    BAR,
    /** Bars stacked per category (the classes of each unit). */
    STACKED_BAR,
    /** A line per series over the categories (years). */
    LINE
}
