package vn.chungtay.app.report;

/** Shares as reports print them. */
final class Rates {

    private Rates() {
    }

    /** {@code part} of {@code whole} in percent; {@code null} (blank) when the whole is zero. */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
