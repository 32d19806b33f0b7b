package vn.chungtay.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.review.MovementCounts;
import vn.chungtay.store.report.SupportDimensionKey;
import vn.chungtay.store.report.SupportGroup;

/**
 * The quantitative part of a movement report like the seed's (DOMAIN.md §7), as Vietnamese text from the bundle's
 * templates with the figures filled in: poor households and rate, DTTS poor and rate, near-poor; households escaped
 * over the period since the standard in force began; how the rates fell, on average per year; the average income of
 * poor households; and the support given over the period by programme. A person may edit it before printing
 * ({@link Report#withText}); the key figures are also given as a table.
 */
final class MovementReportText {

    static final String TABLE = "movement-report-figures";

    private MovementReportText() {
    }

    static Report build(ReportData data, Messages m, ReportFrame frame) {
        ReportNumbers n = new ReportNumbers(m.locale());
        int year = data.year();
        List<Integer> years = data.rounds().years().stream().filter(y -> y >= data.periodStart() && y <= year)
                .toList();
        int first = years.isEmpty() ? year : years.get(0);
        UnitFigures now = data.total();
        data.loadTotals(years);
        UnitFigures then = data.totalIn(first);
        long escapedToNear = 0;
        long escapedAbove = 0;
        for (int y : years) {
            MovementCounts poor = y == year ? data.movement().poorHouseholds() : data.escapesIn(y);
            escapedToNear += poor.toOtherClass();
            escapedAbove += poor.escapedAbove();
        }
        String period = first == year ? m.get("report.text.period-year", String.valueOf(year))
                : m.get("report.text.period-years", String.valueOf(first), String.valueOf(year));
        String unit = data.scope().unit().name();
        StringBuilder text = new StringBuilder();
        text.append(m.get("report.text.heading-results")).append('\n');
        text.append(m.get("report.text.poor", String.valueOf(year), unit, n.count(now.poor().households()),
                n.count(now.all().households()), pct(n, now.poorRate()), n.count(now.poor().dtts()),
                pct(n, now.dttsPoorRate()), n.count(now.all().dtts()), n.count(now.nearPoor().households()),
                pct(n, now.nearPoorRate()))).append('\n');
        text.append(m.get("report.text.escaped", capitalised(period), n.count(escapedToNear + escapedAbove),
                n.count(escapedToNear), n.count(escapedAbove))).append('\n');
        if (first < year) {
            Double poorDecrease = TrendReport.averageDecrease(then.poorRate(), now.poorRate(), year - first);
            Double dttsDecrease = TrendReport.averageDecrease(then.dttsPoorRate(), now.dttsPoorRate(), year - first);
            text.append(m.get("report.text.rates", pct(n, then.poorRate()), String.valueOf(first),
                    pct(n, now.poorRate()), String.valueOf(year), change(n, poorDecrease, m),
                    pct(n, then.dttsPoorRate()), pct(n, now.dttsPoorRate()), change(n, dttsDecrease, m)))
                    .append('\n');
        }
        Long income = now.poor().averageIncome();
        if (income != null) {
            text.append(m.get("report.text.income", n.count(income))).append('\n');
        }
        text.append(m.get("report.text.heading-support")).append('\n');
        LocalDate from = LocalDate.of(first, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<SupportGroup> all = data.supports(from, to, SupportDimensionKey.ALL);
        if (all.isEmpty()) {
            text.append(m.get("report.text.support-none", capitalised(period))).append('\n');
        } else {
            SupportGroup total = all.get(0);
            text.append(m.get("report.text.support-total", capitalised(period), n.count(total.events()),
                    n.count(total.households()), n.millionsShort(total.vnd()))).append('\n');
            Map<String, String> names = data.programmeNames("en".equals(m.locale().getLanguage()));
            List<String> lines = new ArrayList<>();
            for (SupportGroup g : data.supports(from, to, SupportDimensionKey.PROGRAMME)) {
                lines.add(m.get("report.text.support-line", names.getOrDefault(g.key(), g.key()),
                        n.count(g.events()), n.count(g.households()), n.millionsShort(g.vnd())));
            }
            if (!lines.isEmpty()) {
                // An enumeration ends with a full stop, not the semicolon of its other lines.
                String last = lines.get(lines.size() - 1);
                lines.set(lines.size() - 1, last.endsWith(";") ? last.substring(0, last.length() - 1) + "." : last);
            }
            lines.forEach(line -> text.append(line).append('\n'));
        }
        ReportTable figures = figures(m, year, first, now, then, escapedToNear + escapedAbove, income);
        return frame.report(ReportKind.MOVEMENT_REPORT, data.scope().unit(), year, data.asOf(), List.of(figures),
                List.of(), SummaryReport.children(data), text.toString().strip(), Notes.coverage(data, m));
    }

    /** The text's key figures as a table, for the spreadsheet and for checking the text against. */
    private static ReportTable figures(Messages m, int year, int first, UnitFigures now, UnitFigures then,
                                       long escaped, Long income) {
        List<ReportRow> rows = new ArrayList<>();
        rows.add(ReportRow.of(RowKind.DETAIL, m.get("report.text.figure.households"), now.all().households(), null));
        rows.add(ReportRow.of(RowKind.DETAIL, m.get("report.text.figure.poor"), now.poor().households(),
                now.poorRate()));
        rows.add(ReportRow.of(RowKind.DETAIL, m.get("report.text.figure.dtts-poor"), now.poor().dtts(),
                now.dttsPoorRate()));
        rows.add(ReportRow.of(RowKind.DETAIL, m.get("report.text.figure.near-poor"), now.nearPoor().households(),
                now.nearPoorRate()));
        rows.add(ReportRow.of(RowKind.DETAIL, m.get("report.text.figure.escaped", String.valueOf(first),
                String.valueOf(year)), escaped, null));
        rows.add(ReportRow.of(RowKind.DETAIL, m.get("report.text.figure.first-rate", String.valueOf(first)),
                then.poor().households(), then.poorRate()));
        rows.add(ReportRow.of(RowKind.DETAIL, m.get("report.text.figure.income"), income, null));
        List<List<HeaderCell>> header = new Header().cell(m.get("report.text.figure.name"))
                .cell(m.get("report.text.figure.value")).cell(m.get("report.col.rate")).rows();
        return new ReportTable(TABLE, m.get("report.text.figure.table"),
                List.of(ColumnType.TEXT, ColumnType.COUNT, ColumnType.PERCENT), header, rows, "");
    }

    private static String pct(ReportNumbers n, Double rate) {
        return rate == null ? "—" : n.percent(rate);
    }

    /** "giảm 2,15 điểm phần trăm" or "tăng 0,40 điểm phần trăm". */
    private static String change(ReportNumbers n, Double decrease, Messages m) {
        if (decrease == null) {
            return "—";
        }
        return decrease >= 0 ? m.get("report.text.change-down", n.percent(decrease))
                : m.get("report.text.change-up", n.percent(-decrease));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
