package vn.chungtay.store.report;

/** What support aggregates of a report are grouped by; {@code ALL} is one group over everything. */
public enum SupportDimensionKey {
    PROGRAMME,
    SOURCE,
    KIND,
    ALL
}
