package vn.chungtay.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chungtay.app.i18n.Messages;

/**
 * The summary (DOMAIN.md §2, "Other tables"): households and persons, all, Kinh and DTTS; poor and near-poor
 * households with their rates and, of them, DTTS, without working capacity, with meritorious service and
 * female-headed — a row per child unit and the total; with the rate by child unit and the classes as charts.
 */
final class SummaryReport {

    static final String TABLE = "summary";

    private SummaryReport() {
    }

    static Report build(ReportData data, Messages m, ReportFrame frame) {
        Map<Object, UnitFigures> children = data.childFigures();
        UnitFigures total = data.total();
        List<ReportRow> rows = new ArrayList<>();
        long n = 0;
        for (ReportScope.Child child : data.scope().children()) {
            rows.add(row(RowKind.DETAIL, ++n, child.unit().name(), children.get(child.unit().ref()))
                    .withDrillDown(child.unit().ref()));
        }
        rows.add(row(RowKind.TOTAL, null, m.get("report.row.total"), total));
        ReportTable table = new ReportTable(TABLE, m.get("report.summary.table"), columns(), header(m), rows, "");
        List<ReportChart> charts = List.of(Charts.rateByChild(data, m), Charts.classes(data, m));
        return frame.report(ReportKind.SUMMARY, data.scope().unit(), data.year(), data.asOf(), List.of(table), charts,
                children(data), "", Notes.coverage(data, m));
    }

    static List<ReportUnit> children(ReportData data) {
        return data.scope().children().stream().map(ReportScope.Child::unit).toList();
    }

    private static List<ColumnType> columns() {
        List<ColumnType> c = new ArrayList<>(List.of(ColumnType.COUNT, ColumnType.TEXT));
        for (int i = 0; i < 6; i++) {
            c.add(ColumnType.COUNT);
        }
        for (int k = 0; k < 2; k++) {
            c.addAll(List.of(ColumnType.COUNT, ColumnType.PERCENT, ColumnType.COUNT, ColumnType.COUNT,
                    ColumnType.COUNT, ColumnType.COUNT));
        }
        return c;
    }

    private static List<List<HeaderCell>> header(Messages m) {
        Header h = new Header()
                .cell(m.get("report.col.no"), 1, 3).cell(m.get("report.col.unit"), 1, 3)
                .cell(m.get("report.col.households"), 3, 1).cell(m.get("report.col.persons"), 3, 1)
                .cell(m.get("report.col.poor"), 6, 1).cell(m.get("report.col.near-poor"), 6, 1).row();
        for (int k = 0; k < 2; k++) {
            h.cell(m.get("report.col.all"), 1, 2).cell(m.get("report.col.kinh"), 1, 2)
                    .cell(m.get("report.col.dtts"), 1, 2);
        }
        for (int k = 0; k < 2; k++) {
            h.cell(m.get("report.col.count"), 1, 2).cell(m.get("report.col.rate"), 1, 2)
                    .cell(m.get("report.col.of-which"), 4, 1);
        }
        h.row();
        for (int k = 0; k < 2; k++) {
            h.cell(m.get("report.col.dtts")).cell(m.get("report.col.no-work-capacity"))
                    .cell(m.get("report.col.meritorious")).cell(m.get("report.col.female-head"));
        }
        return h.rows();
    }

    private static ReportRow row(RowKind kind, Long no, String name, UnitFigures f) {
        ClassFigures a = f.all();
        List<Object> cells = new ArrayList<>(List.of(a.households(), a.kinh(), a.dtts(), a.persons(),
                a.kinhPersons(), a.dttsPersons()));
        cells.add(0, name);
        cells.add(0, no);
        cells.addAll(classCells(f.poor(), f.poorRate()));
        cells.addAll(classCells(f.nearPoor(), f.nearPoorRate()));
        return new ReportRow(kind, cells, null);
    }

    private static List<Object> classCells(ClassFigures c, Double rate) {
        List<Object> cells = new ArrayList<>();
        cells.add(c.households());
        cells.add(rate);
        cells.add(c.dtts());
        cells.add(c.noWorkCapacity());
        cells.add(c.meritorious());
        cells.add(c.femaleHead());
        return cells;
    }
}
