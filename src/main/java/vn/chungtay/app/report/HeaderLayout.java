package vn.chungtay.app.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the cells of a multi-row header on a grid the way HTML tables do: each cell takes the next free column of
 * its row, skipping the columns that cells from rows above still span. Exporters and the screen use the placement
 * to merge cells.
 */
public final class HeaderLayout {

    /** A header cell at its first row and column. */
    public record Placed(HeaderCell cell, int row, int column) {
    }

    private HeaderLayout() {
    }

    static List<Placed> place(List<List<HeaderCell>> header, int columns) {
        int rows = header.size();
        boolean[][] taken = new boolean[rows][columns];
        List<Placed> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int c = 0;
            for (HeaderCell cell : header.get(r)) {
                while (c < columns && taken[r][c]) {
                    c++;
                }
                if (c + cell.colSpan() > columns || r + cell.rowSpan() > rows) {
                    throw new IllegalArgumentException("header cell \"" + cell.text() + "\" runs past the grid");
                }
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        if (taken[r + dr][c + dc]) {
                            throw new IllegalArgumentException("header cell \"" + cell.text() + "\" overlaps");
                        }
                        taken[r + dr][c + dc] = true;
                    }
                }
                out.add(new Placed(cell, r, c));
                c += cell.colSpan();
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (!taken[r][c]) {
                    throw new IllegalArgumentException("header leaves row " + r + ", column " + c + " empty");
                }
            }
        }
        return out;
    }

    static void check(List<List<HeaderCell>> header, int columns) {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table has at least one header row");
        }
        place(header, columns);
    }

    static List<String> flatLabels(List<List<HeaderCell>> header, int columns) {
        List<List<String>> parts = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            parts.add(new ArrayList<>());
        }
        for (Placed p : place(header, columns)) {
            for (int dc = 0; dc < p.cell().colSpan(); dc++) {
                parts.get(p.column() + dc).add(p.cell().text());
            }
        }
        return parts.stream().map(l -> String.join(" - ", l)).toList();
    }
}
