package vn.chungtay.ui.report;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import vn.chungtay.app.report.ColumnType;
import vn.chungtay.app.report.HeaderLayout;
import vn.chungtay.app.report.ReportNumbers;
import vn.chungtay.app.report.ReportRow;
import vn.chungtay.app.report.ReportTable;
import vn.chungtay.app.report.RowKind;
import vn.chungtay.app.report.UnitRef;

/**
 * A report table on screen, headed like the official table: header cells that span columns become parent columns
 * over their nested columns, cells that span rows reach down to the last header row. Numbers are right-aligned in
 * the reader's grouping ("1.234", "20,30"); the total row is bold, parts indented; a row that stands for a child unit
 * opens it on double-click or Enter.
 */
final class ReportTableView {

    private static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");
    private static final PseudoClass SECTION = PseudoClass.getPseudoClass("section");
    private static final PseudoClass DRILL = PseudoClass.getPseudoClass("drill");

    private ReportTableView() {
    }

    static TableView<ReportRow> of(ReportTable table, ReportNumbers numbers, Consumer<UnitRef> drillDown) {
        TableView<ReportRow> view = new TableView<>();
        view.setId("report-table-" + table.id());
        view.getStyleClass().add("report-table");
        view.getItems().setAll(table.rows());
        List<HeaderLayout.Placed> placed = table.placedHeader();
        int rows = table.header().size();
        for (HeaderLayout.Placed p : placed) {
            if (p.row() == 0) {
                view.getColumns().add(column(p, placed, rows, table, numbers));
            }
        }
        view.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        view.setRowFactory(t -> {
            TableRow<ReportRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ReportRow item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean has = !empty && item != null;
                    pseudoClassStateChanged(TOTAL, has && item.kind() == RowKind.TOTAL);
                    pseudoClassStateChanged(SECTION, has && item.kind() == RowKind.SECTION);
                    pseudoClassStateChanged(DRILL, has && item.drillDown() != null);
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null
                        && row.getItem().drillDown() != null) {
                    drillDown.accept(row.getItem().drillDown());
                }
            });
            return row;
        });
        view.setOnKeyPressed(e -> {
            ReportRow selected = view.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null && selected.drillDown() != null) {
                drillDown.accept(selected.drillDown());
                e.consume();
            }
        });
        // Every row shown, no scrolling inside the table: the screen scrolls the whole report.
        view.setFixedCellSize(26);
        double headerHeight = 30 + 34.0 * (rows - 1) + extraHeaderLines(table) * 16;
        view.setPrefHeight(headerHeight + 26 * Math.max(1, table.rows().size()) + 18);
        view.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        view.setPlaceholder(new Label(""));
        return view;
    }

    /** Long header texts wrap; a few pixels more per extra line keep them readable. */
    private static int extraHeaderLines(ReportTable table) {
        int longest = 0;
        for (var row : table.header()) {
            for (var cell : row) {
                longest = Math.max(longest, cell.text().length());
            }
        }
        return longest > 30 ? 2 : longest > 16 ? 1 : 0;
    }

    private static TableColumn<ReportRow, Object> column(HeaderLayout.Placed cell, List<HeaderLayout.Placed> placed,
                                                         int rows, ReportTable table, ReportNumbers numbers) {
        TableColumn<ReportRow, Object> column = new TableColumn<>();
        Label heading = new Label(cell.cell().text());
        heading.setWrapText(true);
        heading.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        heading.setTooltip(new Tooltip(cell.cell().text()));
        column.setGraphic(heading);
        column.setSortable(false);
        column.setReorderable(false);
        int below = cell.row() + cell.cell().rowSpan();
        if (below >= rows) {
            int index = cell.column();
            ColumnType type = table.columns().get(index);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cell(index)));
            column.setCellFactory(c -> new ReportCell(type, numbers, index == 0 || index == 1));
            double width = width(table, index, type, numbers, cell.cell().text());
            column.setPrefWidth(width);
            heading.setMaxWidth(width - 8);
            return column;
        }
        for (HeaderLayout.Placed p : placed) {
            if (p.row() == below && p.column() >= cell.column()
                    && p.column() < cell.column() + cell.cell().colSpan()) {
                column.getColumns().add(column(p, placed, rows, table, numbers));
            }
        }
        return column;
    }

    /** Wide enough for the longest cell text and the header's words, within reason. */
    private static double width(ReportTable table, int index, ColumnType type, ReportNumbers numbers, String head) {
        double widest = 0;
        for (ReportRow row : table.rows()) {
            widest = Math.max(widest, textWidth(numbers.cell(type, row.cell(index))));
        }
        double longestWord = 0;
        for (String word : head.split("\\s+")) {
            longestWord = Math.max(longestWord, textWidth(word));
        }
        double byHead = Math.max(longestWord, Math.min(textWidth(head), 200));
        // Header texts are bold and a little wider than the measuring font: a margin keeps words whole.
        double w = Math.max(widest, byHead * 1.2) + 28;
        return Math.min(Math.max(w, type == ColumnType.TEXT ? 90 : 70), 380);
    }

    private static double textWidth(String s) {
        Text t = new Text(s);
        return t.getLayoutBounds().getWidth();
    }

    /** A cell formatted by its column's type; numbers right-aligned. */
    private static final class ReportCell extends TableCell<ReportRow, Object> {

        private final ColumnType type;
        private final ReportNumbers numbers;
        private final boolean indentParts;

        ReportCell(ColumnType type, ReportNumbers numbers, boolean indentParts) {
            this.type = type;
            this.numbers = numbers;
            this.indentParts = indentParts;
            if (type.isNumeric()) {
                getStyleClass().add("number-column");
            }
        }

        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || getTableRow() == null) {
                setText(null);
                return;
            }
            String text = numbers.cell(type, value);
            ReportRow row = getTableRow().getItem();
            if (indentParts && !type.isNumeric() && row != null && row.kind() == RowKind.PART && !text.isEmpty()) {
                text = "    " + text;
            }
            setText(text);
        }
    }
}
