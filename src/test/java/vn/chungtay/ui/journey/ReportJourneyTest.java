package vn.chungtay.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.report.ReportLevel;
import vn.chungtay.app.report.ReportRow;
import vn.chungtay.app.report.ReportUnit;
import vn.chungtay.app.report.RowKind;
import vn.chungtay.app.report.UnitRef;
import vn.chungtay.app.work.Progress;
import vn.chungtay.store.DbLocation;
import vn.chungtay.ui.main.MainWindow;
import vn.chungtay.ui.task.FxTaskRunner;

/**
 * A province clerk prepares figures for a meeting, headless, on a small demo province: opens Báo cáo, goes down to a
 * commune, picks an earlier year, reads the summary table (one row per village), switches to the chart of rates by
 * unit and double-clicks a village's bar to open that village.
 */
class ReportJourneyTest extends FxRobot {

    @TempDir
    Path folder;

    private AppServices services;
    private FxTaskRunner tasks;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
        if (tasks != null) {
            tasks.close();
        }
        if (services != null) {
            services.close();
        }
    }

    @Test
    void pickACommuneAndYearReadTheSummaryAndDrillIntoAVillageFromTheChart() throws Exception {
        services = AppServices.open(DbLocation.folder(folder), Clock.systemDefaultZone());
        services.demo().generate(150, 3, Progress.NONE);
        Actor clerk = services.identity().signIn("Trần Thị Bình", "62", List.of());
        tasks = new FxTaskRunner();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            new MainWindow(services, new Messages(Messages.VIETNAMESE), tasks, clerk).showIn(s);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        clickOn("#nav-reports");
        DesktopFixture.waitUntil(() -> lookup("#report-table-summary").tryQuery().isPresent());
        assertThat(lookup("#report-unit").queryAs(Label.class).getText()).isEqualTo("Kon Tum");

        // Down to a commune through the picker of units under the one shown.
        ComboBox<ReportUnit> child = lookup("#report-child").queryComboBox();
        while (unitShown().level() != ReportLevel.COMMUNE) {
            ReportUnit next = child.getItems().get(0);
            interact(() -> child.setValue(next));
            DesktopFixture.waitUntil(() -> unitShown().equals(next)
                    && lookup("#report-table-summary").tryQuery().isPresent());
        }
        String commune = unitShown().name();
        assertThat(lookup("#report-unit").queryAs(Label.class).getText()).isEqualTo(commune);

        // An earlier year: the last that has a review round in the demo.
        ComboBox<Integer> year = lookup("#report-year").queryComboBox();
        int chosen = services.rounds().rounds(clerk).stream().mapToInt(r -> r.year()).max().orElseThrow();
        interact(() -> year.setValue(chosen));
        DesktopFixture.waitUntil(() -> lookup("#report-table-summary").tryQuery().isPresent()
                && lookup("#report-subtitle").queryAs(Label.class).getText().contains("năm " + chosen));
        TableView<ReportRow> table = summary();
        List<ReportUnit> villages = services.reports().children(unitShown().ref());
        assertThat(table.getItems().stream().filter(r -> r.kind() == RowKind.DETAIL).map(r -> r.text(1)))
                .containsExactlyElementsOf(villages.stream().map(ReportUnit::name).toList());
        assertThat(table.getItems().get(table.getItems().size() - 1).kind()).isEqualTo(RowKind.TOTAL);
        // Nested headers like the official table: "Hộ nghèo" over "Số hộ", "Tỷ lệ (%)" and "Trong đó".
        assertThat(table.getColumns().stream().filter(c -> !c.getColumns().isEmpty()).count()).isGreaterThan(2);

        // The chart of rates by village; a double-click on a bar opens that village.
        TabPane tabs = lookup("#report-tabs").query();
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "report-tab-rate-by-child".equals(t.getId())).findFirst().orElseThrow()));
        DesktopFixture.waitUntil(() -> lookup("#report-chart-view .chart-bar").tryQuery().isPresent());
        Node bar = lookup("#report-chart-view .chart-bar").query();
        UnitRef village = villages.get(0).ref();
        doubleClickOn(bar);
        DesktopFixture.waitUntil(() -> unitShown().ref().equals(village)
                && lookup("#report-table-summary").tryQuery().isPresent());
        assertThat(lookup("#report-unit").queryAs(Label.class).getText()).isEqualTo(villages.get(0).name());
        assertThat(lookup("#report-path .hyperlink").queryAll()).hasSize(3);
    }

    @SuppressWarnings("unchecked")
    private TableView<ReportRow> summary() {
        return (TableView<ReportRow>) lookup("#report-table-summary").query();
    }

    /** The unit at the end of the path: the one whose report shows. */
    private ReportUnit unitShown() {
        return (ReportUnit) lookup("#report-unit").query().getUserData();
    }
}
