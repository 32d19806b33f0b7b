package vn.chungtay.app.report;

import java.util.ArrayList;
import java.util.List;

/** Builds a table's header rows cell by cell, in reading order: {@code new Header().cell("STT", 1, 2)…row()…}. */
final class Header {

    private final List<List<HeaderCell>> rows = new ArrayList<>();
    private List<HeaderCell> current = new ArrayList<>();

    Header cell(String text) {
        return cell(text, 1, 1);
    }

    Header cell(String text, int colSpan, int rowSpan) {
        current.add(new HeaderCell(text, colSpan, rowSpan));
        return this;
    }

    /** Ends the current header row. */
    Header row() {
        rows.add(current);
        current = new ArrayList<>();
        return this;
    }

    List<List<HeaderCell>> rows() {
        if (!current.isEmpty()) {
            row();
        }
        return rows;
    }
}
