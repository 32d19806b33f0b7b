package vn.chungtay.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.report.ChartId;
import vn.chungtay.app.report.Report;
import vn.chungtay.app.report.ReportChart;
import vn.chungtay.app.report.ReportKind;
import vn.chungtay.app.report.ReportLevel;
import vn.chungtay.app.report.ReportRow;
import vn.chungtay.app.report.ReportTable;
import vn.chungtay.app.report.ReportUnit;
import vn.chungtay.app.report.RowKind;
import vn.chungtay.app.report.export.ExportFormat;
import vn.chungtay.app.work.Progress;
import vn.chungtay.store.DbLocation;
import vn.chungtay.ui.task.SameThreadTaskRunner;

/**
 * The Reports screen's choices, drill-down, export of the edited movement-report text, and chart series, on a small
 * demo province (every year with rounds) signed in as a province clerk; the task runner runs in the test's thread.
 */
class ReportsViewModelTest {

    private static AppServices services;
    private static Actor clerk;

    @TempDir
    Path folder;

    @BeforeAll
    static void demo() {
        services = AppServices.open(DbLocation.inMemory(), Clock.systemDefaultZone());
        services.demo().generate(240, 7, Progress.NONE);
        clerk = services.identity().signIn("Trần Thị Bình", "62", List.of());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private ReportsViewModel opened() {
        ReportsViewModel model = new ReportsViewModel(services.reports(), new SameThreadTaskRunner(),
                new Messages(Messages.VIETNAMESE), clerk);
        model.load();
        return model;
    }

    @Test
    void startsAtThePersonsUnitWithItsYearsNewestFirstAndBuildsTheSummary() {
        ReportsViewModel model = opened();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.path()).extracting(u -> u.ref().unitCode()).containsExactly("62");
        List<Integer> years = services.reports().years(model.unit().ref());
        assertThat(model.years()).isNotEmpty().containsExactlyElementsOf(years.stream()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        List<Integer> reviewed = services.reports().reviewYears(model.unit().ref());
        assertThat(reviewed).isNotEmpty();
        assertThat(model.yearProperty().get()).as("the latest year with a review round")
                .isEqualTo(reviewed.get(reviewed.size() - 1));
        assertThat(model.children()).containsExactlyElementsOf(services.reports().children(model.unit().ref()));
        // The posting list is a village's; a province does not offer it.
        assertThat(model.kinds()).hasSize(ReportKind.values().length - 1).doesNotContain(ReportKind.POSTING_LIST);
        Report report = model.reportProperty().get();
        assertThat(report.kind()).isEqualTo(ReportKind.SUMMARY);
        assertThat(report.unit().ref().unitCode()).isEqualTo("62");
        assertThat(model.busyProperty().get()).isFalse();

        model.kindProperty().set(ReportKind.TREND);
        assertThat(model.reportProperty().get().kind()).isEqualTo(ReportKind.TREND);
        int older = model.years().get(model.years().size() - 1);
        model.yearProperty().set(older);
        assertThat(model.reportProperty().get().year()).isEqualTo(older);
    }

    @Test
    void drillsDownFromARowToTheVillageAndBackUp() {
        ReportsViewModel model = opened();
        int year = model.yearProperty().get();
        while (model.unit().level() != ReportLevel.VILLAGE) {
            ReportTable table = model.reportProperty().get().tables().get(0);
            ReportRow first = table.rows().stream().filter(r -> r.drillDown() != null).findFirst().orElseThrow();
            model.drillDown(first.drillDown());
            assertThat(model.unit().ref()).isEqualTo(first.drillDown());
            assertThat(model.reportProperty().get().unit().ref()).isEqualTo(first.drillDown());
        }
        assertThat(model.path()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(model.path().get(model.path().size() - 2).level()).isEqualTo(ReportLevel.COMMUNE);
        assertThat(model.children()).isEmpty();
        assertThat(model.kinds()).contains(ReportKind.POSTING_LIST);
        assertThat(model.yearProperty().get()).as("the year chosen stays while it exists").isEqualTo(year);
        model.kindProperty().set(ReportKind.POSTING_LIST);
        assertThat(model.reportProperty().get().kind()).isEqualTo(ReportKind.POSTING_LIST);
        assertThat(model.defaultFileName(ExportFormat.PDF))
                .matches("posting-list-\\d+-[a-z0-9-]+-" + year + "\\.pdf");

        // Back up to the province: the posting list is no longer offered, the summary shows instead.
        model.goUp(0);
        assertThat(model.path()).hasSize(1);
        assertThat(model.kinds()).doesNotContain(ReportKind.POSTING_LIST);
        assertThat(model.reportProperty().get().kind()).isEqualTo(ReportKind.SUMMARY);
        assertThat(model.defaultFileName(ExportFormat.XLSX)).isEqualTo("summary-62-" + year + ".xlsx");
    }

    @Test
    void theEditedMovementReportTextIsWhatIsExported() throws Exception {
        ReportsViewModel model = opened();
        model.kindProperty().set(ReportKind.MOVEMENT_REPORT);
        Report built = model.reportProperty().get();
        assertThat(model.textProperty().get()).isEqualTo(built.text()).isNotBlank();
        String edited = built.text() + "\nTheo báo cáo của Ban Chỉ đạo giảm nghèo xã, đã rà soát đúng quy trình.";
        model.textProperty().set(edited);
        assertThat(model.toExport().orElseThrow().text()).isEqualTo(edited);

        Path file = folder.resolve("movement-report.csv");
        boolean[] done = new boolean[1];
        model.export(file, () -> done[0] = true);
        assertThat(done[0]).isTrue();
        assertThat(model.errorProperty().get()).isEmpty();
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).contains("Theo báo cáo của Ban Chỉ đạo giảm nghèo xã, đã rà soát đúng quy trình.");
    }

    @Test
    void chartSeriesCarryTheSummaryTablesFiguresAndOpenTheirUnit() {
        ReportsViewModel model = opened();
        Report report = model.reportProperty().get();
        ReportTable table = report.tables().get(0);
        ReportChart rates = report.chart(ChartId.RATE_BY_CHILD).orElseThrow();
        ReportChart classes = report.chart(ChartId.CLASSES).orElseThrow();
        Map<String, Double> poorRate = points(ChartData.of(rates).series().get(0));
        Map<String, Double> nearRate = points(ChartData.of(rates).series().get(1));
        Map<String, Double> poorHouseholds = points(ChartData.of(classes).series().get(0));
        Map<String, Double> nearHouseholds = points(ChartData.of(classes).series().get(1));
        List<ReportRow> units = table.rows().stream().filter(r -> r.kind() == RowKind.DETAIL).toList();
        assertThat(units).hasSize(report.children().size()).isNotEmpty();
        for (ReportRow row : units) {
            String name = row.text(1);
            // Columns: STT, unit, 6 household and person counts, then poor: count, rate …; near-poor: count, rate …
            assertThat(poorHouseholds.get(name)).isEqualTo(row.number(8).doubleValue());
            assertThat(poorRate.get(name)).isEqualTo(row.number(9) == null ? null : row.number(9).doubleValue());
            assertThat(nearHouseholds.get(name)).isEqualTo(row.number(14).doubleValue());
            assertThat(nearRate.get(name)).isEqualTo(row.number(15) == null ? null : row.number(15).doubleValue());
            assertThat(ChartData.childOf(name, rates, report.children())).contains(row.drillDown());
        }
        ReportUnit firstChild = report.children().get(0);
        model.drillDown(ChartData.childOf(firstChild.name(), rates, report.children()).orElseThrow());
        assertThat(model.unit()).isEqualTo(firstChild);

        model.goUp(0);
        model.kindProperty().set(ReportKind.TREND);
        ReportChart trend = model.reportProperty().get().chart(ChartId.TREND).orElseThrow();
        ChartData data = ChartData.of(trend);
        assertThat(data.series()).extracting(ChartData.Series::name)
                .containsExactlyElementsOf(trend.series().stream().map(s -> s.name()).toList());
        for (int s = 0; s < trend.series().size(); s++) {
            List<Double> expected = trend.series().get(s).values().stream().filter(v -> v != null).toList();
            assertThat(data.series().get(s).points()).extracting(ChartData.Point::value)
                    .containsExactlyElementsOf(expected);
        }
        List<String> withRate = new java.util.ArrayList<>();
        for (int i = 0; i < trend.categories().size(); i++) {
            if (trend.series().get(0).values().get(i) != null) {
                withRate.add(trend.categories().get(i));
            }
        }
        assertThat(withRate).isNotEmpty().allMatch(y -> model.years().contains(Integer.valueOf(y)));
        assertThat(data.series().get(0).points()).extracting(ChartData.Point::category)
                .containsExactlyElementsOf(withRate);
    }

    private static Map<String, Double> points(ChartData.Series series) {
        Map<String, Double> out = new HashMap<>();
        series.points().forEach(p -> out.put(p.category(), p.value()));
        return out;
    }
}
