package vn.chungtay.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chungtay.app.i18n.Messages;

/**
 * The summary's figures per ethnic group, a household counting in its head's group (as the register has it): households
 * and persons; poor and near-poor households with their rates and, of them, without working capacity, with meritorious
 * service and female-headed. Groups in the order of their codes (Decision 121-TCTK/PPCĐ), and the total.
 */
final class EthnicityReport {

    static final String TABLE = "ethnicity";

    private EthnicityReport() {
    }

    static Report build(ReportData data, Messages m, ReportFrame frame) {
        Map<String, String> names = data.ethnicNames();
        List<ReportRow> rows = new ArrayList<>();
        UnitFigures total = UnitFigures.zero(0);
        long n = 0;
        for (Map.Entry<String, UnitFigures> e : data.ethnicFigures().entrySet()) {
            String name = e.getKey().isEmpty() ? m.get("report.ethnicity.unknown")
                    : names.getOrDefault(e.getKey(), e.getKey());
            rows.add(row(RowKind.DETAIL, ++n, name, e.getValue()));
            total = total.plus(e.getValue());
        }
        rows.add(row(RowKind.TOTAL, null, m.get("report.row.total"), total));
        List<ColumnType> columns = new ArrayList<>(List.of(ColumnType.COUNT, ColumnType.TEXT, ColumnType.COUNT,
                ColumnType.COUNT));
        for (int k = 0; k < 2; k++) {
            columns.addAll(List.of(ColumnType.COUNT, ColumnType.PERCENT, ColumnType.COUNT, ColumnType.COUNT,
                    ColumnType.COUNT));
        }
        Header h = new Header()
                .cell(m.get("report.col.no"), 1, 3).cell(m.get("report.ethnicity.group"), 1, 3)
                .cell(m.get("report.col.households"), 1, 3).cell(m.get("report.col.persons"), 1, 3)
                .cell(m.get("report.col.poor"), 5, 1).cell(m.get("report.col.near-poor"), 5, 1).row();
        for (int k = 0; k < 2; k++) {
            h.cell(m.get("report.col.count"), 1, 2).cell(m.get("report.col.rate"), 1, 2)
                    .cell(m.get("report.col.of-which"), 3, 1);
        }
        h.row();
        for (int k = 0; k < 2; k++) {
            h.cell(m.get("report.col.no-work-capacity")).cell(m.get("report.col.meritorious"))
                    .cell(m.get("report.col.female-head"));
        }
        ReportTable table = new ReportTable(TABLE, m.get("report.ethnicity.table"), columns, h.rows(), rows,
                m.get("report.ethnicity.note"));
        return frame.report(ReportKind.ETHNICITY, data.scope().unit(), data.year(), data.asOf(), List.of(table),
                List.of(), SummaryReport.children(data), "", Notes.coverage(data, m));
    }

    private static ReportRow row(RowKind kind, Long no, String name, UnitFigures f) {
        List<Object> cells = new ArrayList<>();
        cells.add(no);
        cells.add(name);
        cells.add(f.all().households());
        cells.add(f.all().persons());
        for (ClassFigures c : List.of(f.poor(), f.nearPoor())) {
            cells.add(c.households());
            cells.add(Rates.percent(c.households(), f.all().households()));
            cells.add(c.noWorkCapacity());
            cells.add(c.meritorious());
            cells.add(c.femaleHead());
        }
        return new ReportRow(kind, cells, null);
    }
}
