package vn.chungtay.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.store.report.SupportDimensionKey;
import vn.chungtay.store.report.SupportGroup;

/**
 * Support in the year (DOMAIN.md §3): records, households reached and VND by programme and by funding source, each
 * with its total (households reached counted once however many supports they had), and VND by programme as a chart.
 */
final class SupportReport {

    static final String BY_PROGRAMME = "support-programmes";
    static final String BY_SOURCE = "support-sources";

    private SupportReport() {
    }

    static Report build(ReportData data, Messages m, ReportFrame frame) {
        LocalDate from = LocalDate.of(data.year(), 1, 1);
        LocalDate to = LocalDate.of(data.year(), 12, 31);
        boolean english = "en".equals(m.locale().getLanguage());
        Map<String, String> programmes = data.programmeNames(english);
        List<SupportGroup> byProgramme = data.supports(from, to, SupportDimensionKey.PROGRAMME);
        List<SupportGroup> bySource = data.supports(from, to, SupportDimensionKey.SOURCE);
        List<SupportGroup> all = data.supports(from, to, SupportDimensionKey.ALL);
        SupportGroup total = all.isEmpty() ? new SupportGroup("", 0, 0, 0) : all.get(0);
        ReportTable programmeTable = table(BY_PROGRAMME, m.get("report.support.by-programme"),
                m.get("report.support.programme"), byProgramme, total, m,
                code -> programmes.getOrDefault(code, code));
        ReportTable sourceTable = table(BY_SOURCE, m.get("report.support.by-source"), m.get("report.support.source"),
                bySource, total, m, code -> sourceName(code, m));
        List<String> categories = new ArrayList<>();
        List<Double> millions = new ArrayList<>();
        for (SupportGroup g : byProgramme) {
            categories.add(programmes.getOrDefault(g.key(), g.key()));
            millions.add(g.vnd() / 1_000_000.0);
        }
        ReportChart chart = new ReportChart(ChartId.SUPPORT_BY_PROGRAMME, ChartKind.BAR,
                m.get("report.chart.support-by-programme"), m.get("report.support.programme"),
                m.get("report.chart.axis.million-vnd"), ColumnType.MILLION_VND, categories,
                List.of(new ChartSeries(m.get("report.support.vnd"), millions)));
        return frame.report(ReportKind.SUPPORT, data.scope().unit(), data.year(), data.asOf(),
                List.of(programmeTable, sourceTable), List.of(chart), SummaryReport.children(data), "", List.of());
    }

    static String sourceName(String code, Messages m) {
        for (FundingSource s : FundingSource.values()) {
            if (s.name().equals(code)) {
                return m.get(s.messageKey());
            }
        }
        return code;
    }

    private static ReportTable table(String id, String title, String keyTitle, List<SupportGroup> groups,
                                     SupportGroup total, Messages m, java.util.function.Function<String, String> name) {
        List<ReportRow> rows = new ArrayList<>();
        long n = 0;
        for (SupportGroup g : groups) {
            rows.add(ReportRow.of(RowKind.DETAIL, ++n, name.apply(g.key()), g.events(), g.households(), g.vnd()));
        }
        rows.add(ReportRow.of(RowKind.TOTAL, null, m.get("report.row.total"), total.events(), total.households(),
                total.vnd()));
        List<ColumnType> columns = List.of(ColumnType.COUNT, ColumnType.TEXT, ColumnType.COUNT, ColumnType.COUNT,
                ColumnType.MILLION_VND);
        List<List<HeaderCell>> header = new Header().cell(m.get("report.col.no")).cell(keyTitle)
                .cell(m.get("report.support.events")).cell(m.get("report.support.households"))
                .cell(m.get("report.support.vnd")).rows();
        return new ReportTable(id, title, columns, header, rows, "");
    }
}
