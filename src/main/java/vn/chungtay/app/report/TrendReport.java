package vn.chungtay.app.report;

import java.util.ArrayList;
import java.util.List;
import vn.chungtay.app.i18n.Messages;

/**
 * The trend: for every review year up to the report's, the poverty rate and the DTTS poverty rate with the change
 * from the year before, and the average yearly decrease from the first year to the last (in percentage points), as
 * a table and as lines.
 */
final class TrendReport {

    static final String TABLE = "trend";
    static final String DECREASE = "trend-decrease";

    private TrendReport() {
    }

    static Report build(ReportData data, Messages m, ReportFrame frame) {
        List<Integer> years = data.rounds().years().stream().filter(y -> y <= data.year()).toList();
        data.total();
        data.loadTotals(years);
        List<ReportRow> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<Double> poorRates = new ArrayList<>();
        List<Double> dttsRates = new ArrayList<>();
        Double previous = null;
        Double previousDtts = null;
        for (int y : years) {
            UnitFigures f = data.totalIn(y);
            Double rate = f.poorRate();
            Double dtts = f.dttsPoorRate();
            rows.add(ReportRow.of(RowKind.DETAIL, (long) y, f.all().households(), f.poor().households(), rate,
                    change(previous, rate), f.all().dtts(), f.poor().dtts(), dtts, change(previousDtts, dtts)));
            categories.add(String.valueOf(y));
            poorRates.add(rate);
            dttsRates.add(dtts);
            previous = rate;
            previousDtts = dtts;
        }
        List<ColumnType> columns = List.of(ColumnType.YEAR, ColumnType.COUNT, ColumnType.COUNT, ColumnType.PERCENT,
                ColumnType.PERCENT, ColumnType.COUNT, ColumnType.COUNT, ColumnType.PERCENT, ColumnType.PERCENT);
        List<List<HeaderCell>> header = new Header()
                .cell(m.get("report.trend.year"), 1, 2).cell(m.get("report.trend.all"), 4, 1)
                .cell(m.get("report.trend.dtts"), 4, 1).row()
                .cell(m.get("report.col.households")).cell(m.get("report.col.poor")).cell(m.get("report.col.rate"))
                .cell(m.get("report.trend.change"))
                .cell(m.get("report.col.households")).cell(m.get("report.col.poor")).cell(m.get("report.col.rate"))
                .cell(m.get("report.trend.change"))
                .rows();
        ReportTable table = new ReportTable(TABLE, m.get("report.trend.table"), columns, header, rows,
                m.get("report.trend.note"));
        ReportTable decrease = decreaseTable(years, poorRates, dttsRates, m);
        ReportChart chart = new ReportChart(ChartId.TREND, ChartKind.LINE, m.get("report.chart.trend"),
                m.get("report.trend.year"), m.get("report.chart.axis.rate"), ColumnType.PERCENT, categories,
                List.of(new ChartSeries(m.get("report.chart.series.poor-rate"), poorRates),
                        new ChartSeries(m.get("report.chart.series.dtts-poor-rate"), dttsRates)));
        return frame.report(ReportKind.TREND, data.scope().unit(), data.year(), data.asOf(),
                List.of(table, decrease), List.of(chart), SummaryReport.children(data), "", List.of());
    }

    /** The average yearly decrease, first year to last, of each rate. */
    private static ReportTable decreaseTable(List<Integer> years, List<Double> poor, List<Double> dtts, Messages m) {
        List<ReportRow> rows = new ArrayList<>();
        if (!years.isEmpty()) {
            int first = years.get(0);
            int last = years.get(years.size() - 1);
            rows.add(decreaseRow(m.get("report.chart.series.poor-rate"), first, last, poor));
            rows.add(decreaseRow(m.get("report.chart.series.dtts-poor-rate"), first, last, dtts));
        }
        List<ColumnType> columns = List.of(ColumnType.TEXT, ColumnType.YEAR, ColumnType.PERCENT, ColumnType.YEAR,
                ColumnType.PERCENT, ColumnType.PERCENT);
        List<List<HeaderCell>> header = new Header().cell(m.get("report.trend.rate"))
                .cell(m.get("report.trend.first-year")).cell(m.get("report.col.rate"))
                .cell(m.get("report.trend.last-year")).cell(m.get("report.col.rate"))
                .cell(m.get("report.trend.average-decrease")).rows();
        return new ReportTable(DECREASE, m.get("report.trend.decrease-table"), columns, header, rows, "");
    }

    private static ReportRow decreaseRow(String name, int first, int last, List<Double> rates) {
        Double from = rates.get(0);
        Double to = rates.get(rates.size() - 1);
        return ReportRow.of(RowKind.DETAIL, name, (long) first, from, (long) last, to,
                averageDecrease(from, to, last - first));
    }

    /** Percentage points a year, positive for a decrease; {@code null} over less than a year or without rates. */
    static Double averageDecrease(Double from, Double to, int years) {
        return from == null || to == null || years <= 0 ? null : (from - to) / years;
    }

    private static Double change(Double before, Double now) {
        return before == null || now == null ? null : now - before;
    }
}
