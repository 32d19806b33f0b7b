package vn.chungtay.app.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What report to build: its kind, the unit, the review year, and the day the figures are as of ({@code null}:
 * today, the records as they stand). Only rounds opened, reviews made and supports given on or before
 * that day count.
 */
public record ReportRequest(ReportKind kind, UnitRef unit, int year, LocalDate asOf) {

    public ReportRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
    }

    public static ReportRequest of(ReportKind kind, UnitRef unit, int year) {
        return new ReportRequest(kind, unit, year, null);
    }
}
