package vn.chungtay.app.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One row of a report table: its kind, one value per column (types as {@link ColumnType} says, {@code null} for
 * blank), and, for a row that stands for a child unit, the unit to drill down to.
 */
public record ReportRow(RowKind kind, List<Object> cells, UnitRef drillDown) {

    public ReportRow {
        Objects.requireNonNull(kind, "kind");
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    public static ReportRow of(RowKind kind, Object... cells) {
        return new ReportRow(kind, java.util.Arrays.asList(cells), null);
    }

    public ReportRow withDrillDown(UnitRef unit) {
        return new ReportRow(kind, cells, unit);
    }

    public Object cell(int column) {
        return cells.get(column);
    }

    /** The cell as text ({@code ""} when blank). */
    public String text(int column) {
        Object v = cells.get(column);
        return v == null ? "" : v.toString();
    }

    /** The numeric cell ({@code null} when blank). */
    public Number number(int column) {
        return (Number) cells.get(column);
    }
}
