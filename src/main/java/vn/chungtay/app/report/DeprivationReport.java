package vn.chungtay.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.review.Indicator;

/**
 * Deprivations (DOMAIN.md §2, "count and % lacking each indicator"): for each indicator of the standard the year's
 * rounds classify by, how many poor and how many near-poor households lack it and what share of them that is.
 */
final class DeprivationReport {

    static final String TABLE = "deprivations";

    private DeprivationReport() {
    }

    static Report build(ReportData data, Messages m, ReportFrame frame) {
        UnitFigures total = data.total();
        List<Indicator> indicators = data.indicators();
        boolean english = Locale.ENGLISH.getLanguage().equals(m.locale().getLanguage());
        List<ReportRow> rows = new ArrayList<>();
        ClassFigures poor = total.poor();
        ClassFigures near = total.nearPoor();
        rows.add(ReportRow.of(RowKind.TOTAL, null, m.get("report.deprivations.households"), "",
                poor.households(), Rates.percent(poor.households(), poor.households()), near.households(),
                Rates.percent(near.households(), near.households())));
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            long p = poor.lacking().isEmpty() ? 0 : poor.lacking().get(i);
            long n = near.lacking().isEmpty() ? 0 : near.lacking().get(i);
            rows.add(ReportRow.of(RowKind.DETAIL, (long) i + 1, english ? indicator.nameEn() : indicator.name(),
                    indicator.dimension(), p, Rates.percent(p, poor.households()), n,
                    Rates.percent(n, near.households())));
        }
        List<ColumnType> columns = List.of(ColumnType.COUNT, ColumnType.TEXT, ColumnType.TEXT, ColumnType.COUNT,
                ColumnType.PERCENT, ColumnType.COUNT, ColumnType.PERCENT);
        List<List<HeaderCell>> header = new Header()
                .cell(m.get("report.col.no"), 1, 2).cell(m.get("report.deprivations.indicator"), 1, 2)
                .cell(m.get("report.deprivations.dimension"), 1, 2)
                .cell(m.get("report.col.poor"), 2, 1).cell(m.get("report.col.near-poor"), 2, 1).row()
                .cell(m.get("report.deprivations.lacking")).cell(m.get("report.col.rate"))
                .cell(m.get("report.deprivations.lacking")).cell(m.get("report.col.rate"))
                .rows();
        ReportTable table = new ReportTable(TABLE, m.get("report.deprivations.table"), columns, header, rows,
                indicators.isEmpty() ? m.get("report.note.no-standard") : "");
        return frame.report(ReportKind.DEPRIVATIONS, data.scope().unit(), data.year(), data.asOf(), List.of(table),
                List.of(), SummaryReport.children(data), "", Notes.coverage(data, m));
    }
}
