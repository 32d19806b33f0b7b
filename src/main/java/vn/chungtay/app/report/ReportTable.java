package vn.chungtay.app.report;

import java.util.List;
import java.util.Objects;

/**
 * A table of a report, laid out like the official tables: an id (stable, for the screen and tests), a title, the
 * columns' types, header rows whose cells may span columns and rows (every column covered exactly once across the
 * header), the rows, and an optional note printed under it.
 */
public record ReportTable(String id, String title, List<ColumnType> columns, List<List<HeaderCell>> header,
                          List<ReportRow> rows, String note) {

    public ReportTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        header = header.stream().map(List::copyOf).toList();
        rows = List.copyOf(rows);
        note = Objects.requireNonNullElse(note, "");
        HeaderLayout.check(header, columns.size());
        for (ReportRow row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException(id + ": a row has " + row.cells().size() + " cells for "
                        + columns.size() + " columns");
            }
            for (int c = 0; c < columns.size(); c++) {
                Object v = row.cells().get(c);
                if (v != null && !columns.get(c).valueType().isInstance(v)) {
                    throw new IllegalArgumentException(id + ": column " + c + " holds " + columns.get(c)
                            + ", not " + v.getClass().getSimpleName());
                }
            }
        }
    }

    /** Where each header cell lies: its first row and column. */
    public List<HeaderLayout.Placed> placedHeader() {
        return HeaderLayout.place(header, columns.size());
    }

    /**
     * One label per column for a single-row header (CSV, a screen's column tooltip): the texts of the header cells
     * above the column from top to bottom, joined with " - ".
     */
    public List<String> flatLabels() {
        return HeaderLayout.flatLabels(header, columns.size());
    }

    /** True when the table has so many columns that it prints across a landscape page. */
    public boolean wide() {
        return columns.size() > 9;
    }
}
