package vn.chungtay.app.report;

import java.util.Objects;

/**
 * One cell of a table's header, spanning columns and header rows as the official tables' merged headers do (e.g.
 * "Hộ nghèo" over "Số hộ" and "Tỷ lệ (%)").
 */
public record HeaderCell(String text, int colSpan, int rowSpan) {

    public HeaderCell {
        Objects.requireNonNull(text, "text");
        if (colSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("a header cell spans at least one column and one row");
        }
    }

    public static HeaderCell of(String text) {
        return new HeaderCell(text, 1, 1);
    }
}
