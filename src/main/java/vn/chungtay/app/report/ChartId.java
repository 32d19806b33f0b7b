package vn.chungtay.app.report;

/** The charts of issue 6, so a screen can find the one it shows. */
public enum ChartId {
    /** Poverty and near-poverty rate (%) of each child unit: bars. */
    RATE_BY_CHILD,
    /** Poverty rate and DTTS poverty rate (%) per year: lines. */
    TREND,
    /** Households of each class (poor, near-poor, others) per child unit: stacked bars. */
    CLASSES,
    /** Support in million VND per programme: bars. */
    SUPPORT_BY_PROGRAMME
}
