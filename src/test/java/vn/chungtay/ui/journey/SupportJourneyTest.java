package vn.chungtay.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.chungtay.app.review.ReviewInput;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.ui.support.BulkSupportViewModel.Choice;

/**
 * A Tết visit to the poor households of one village, as a commune officer records it, headless: the support's details
 * typed once, the village and the class "poor" chosen, the preview with its count and total, one save after the
 * confirmation; then exactly those households hold one visit each in the database, and a household's support tab
 * shows it beside its review history.
 * <p>
 * Thôn Kon Klor has three poor households (one Ba Na), a near-poor and a not-poor one; Làng Đắk Lây one poor household,
 * which a visit to Kon Klor must not reach.
 */
class SupportJourneyTest extends FxRobot {

    private static final long GIFT = 500_000;

    @TempDir
    Path folder;

    private DesktopFixture app;
    private final Map<String, Household> households = new HashMap<>();

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void prepareCommune() {
        var services = app.services();
        Village konKlor = services.units().villagesOf(Set.of(DesktopFixture.COMMUNE)).get(0);
        Village dakLay = services.units().saveVillage(app.actor(), null, DesktopFixture.COMMUNE, "Làng Đắk Lây",
                null, null);
        add("0101", "Nguyễn Văn Ánh", konKlor, EthnicGroup.KINH);
        add("0102", "A Thắm", konKlor, "13");
        add("0103", "Trần Văn Bình", konKlor, EthnicGroup.KINH);
        add("0104", "Lê Văn Cường", konKlor, EthnicGroup.KINH);
        add("0105", "Phạm Văn Dũng", konKlor, EthnicGroup.KINH);
        add("0201", "Y Bhơ", dakLay, "13");
        ReviewRound round = services.rounds().open(app.actor(), DesktopFixture.COMMUNE, 2025, RoundKind.PERIODIC,
                null);
        for (String poor : List.of("0101", "0102", "0103", "0201")) {
            review(round, poor, 1_000_000, PovertyClass.POOR, "water", "latrine", "telecom");
        }
        review(round, "0104", 1_000_000, PovertyClass.NEAR_POOR, "water");
        review(round, "0105", 5_000_000, PovertyClass.NOT_POOR);
    }

    private void add(String number, String head, Village village, String ethnicity) {
        households.put(number, app.addHousehold(number, head, village, ethnicity));
    }

    private void review(ReviewRound round, String number, long income, PovertyClass expected, String... lacking) {
        PovertyClass got = app.services().reviews().save(app.actor(), round.id(), households.get(number).id(),
                new ReviewInput(new Evidence.Income(income), List.of(lacking), false, false, false, "",
                        LocalDate.of(2025, 3, 15), "")).povertyClass();
        assertThat(got).as(number).isEqualTo(expected);
    }

    @Test
    void aTetVisitToThePoorHouseholdsOfOneVillage() throws Exception {
        app = new DesktopFixture(folder).start();
        prepareCommune();

        clickOn("#nav-support");
        DesktopFixture.waitUntil(() -> lookup("#support-bulk-tab").tryQuery().isPresent());
        TabPane tabs = lookup("#support-tabs").query();
        interact(() -> tabs.getSelectionModel().select(1));
        DesktopFixture.waitUntil(() -> lookup("#support-programme").tryQuery().isPresent()
                && !lookup("#support-programme").queryAs(ComboBox.class).getItems().isEmpty()
                && lookup("#support-bulk-village").queryAs(ComboBox.class).getItems().size() == 3);

        // The support, typed once with the keyboard: programme and kind by their first letter, the form follows the
        // kind, the day is today, the source by its first letter, then the gift's value.
        focus("#support-programme");
        write("Q");
        DesktopFixture.waitUntil(() -> comboText("#support-programme").startsWith("Quỹ Vì người nghèo"));
        type(KeyCode.TAB).write("T");
        DesktopFixture.waitUntil(() -> comboText("#support-kind").equals("Thăm hỏi, tặng quà Tết"));
        assertThat(comboText("#support-form")).isEqualTo("Thăm hỏi, tặng quà");
        assertThat(lookup("#support-date").queryAs(TextField.class).getText()).as("today")
                .isEqualTo(LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        focus("#support-source");
        write("Q");
        DesktopFixture.waitUntil(() -> comboText("#support-source").equals("Quỹ Vì người nghèo"));
        clickOn("#support-amount").write("500000");

        // Who receives it: Thôn Kon Klor, poor in the latest review.
        clickOn("#support-bulk-village");
        clickOn(lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                "Thôn Kon Klor".equals(c.getText())).queryAs(Node.class));
        DesktopFixture.waitUntil(() -> comboText("#support-bulk-village").equals("Thôn Kon Klor"));
        clickOn("#support-bulk-class-poor");
        clickOn("#support-bulk-preview");

        TableView<Choice> preview = lookup("#support-bulk-table").queryTableView();
        DesktopFixture.waitUntil(() -> preview.getItems().size() == 3);
        assertThat(preview.getItems()).extracting(c -> c.recipient().household().number())
                .containsExactlyInAnyOrder("0101", "0102", "0103");
        assertThat(preview.getItems()).allMatch(c -> c.pickedProperty().get())
                .allMatch(c -> c.recipient().latestClass() == PovertyClass.POOR);
        assertThat(lookup("#support-bulk-count").queryAs(Label.class).getText())
                .isEqualTo("Đã chọn 3/3 hộ · tổng 1,50 triệu đồng (1.500.000 đồng)");
        Button save = lookup("#support-bulk-save").queryButton();
        assertThat(save.getText()).isEqualTo("Lưu cho 3 hộ");
        assertThat(rowsByHousehold()).as("nothing before the save").isEmpty();

        // One save, after the confirmation (whose safe default is Cancel).
        clickOn(save);
        DesktopFixture.waitUntil(() -> confirmButton("Lưu cho 3 hộ") != null);
        clickOn(confirmButton("Lưu cho 3 hộ"));
        DesktopFixture.waitUntil(() -> "Đã lưu 3 lượt hỗ trợ, tổng 1.500.000 đồng.".equals(
                lookup("#support-bulk-saved").queryAs(Label.class).getText()));

        // In the database: exactly those three households, one visit each, one batch.
        Map<UUID, Long> saved = rowsByHousehold();
        assertThat(saved).containsOnlyKeys(ids("0101", "0102", "0103")).allSatisfy((id, n) -> assertThat(n).isOne());
        assertThat(batchesAndTotal()).isEqualTo(List.of(1L, 3 * GIFT));

        // The household's support tab shows the visit, beside its review history.
        clickOn("#nav-households");
        TableView<HouseholdSummary> list = lookup("#household-table").queryTableView();
        clickOn("#household-search").write("0102");
        DesktopFixture.waitUntil(() -> list.getItems().size() == 1 && list.getItems().get(0) != null);
        interact(() -> list.getSelectionModel().select(0));
        clickOn(list).type(KeyCode.ENTER);
        DesktopFixture.waitUntil(() -> householdTabs() != null);
        TabPane householdTabs = householdTabs();
        assertThat(householdTabs.getTabs()).extracting(javafx.scene.control.Tab::getText)
                .containsSubsequence("Lịch sử rà soát", "Hỗ trợ");
        interact(() -> householdTabs.getSelectionModel().select(householdTabs.getTabs().stream()
                .filter(t -> "household-support-tab".equals(t.getId())).findFirst().orElseThrow()));
        DesktopFixture.waitUntil(() -> lookup("#support-timeline-table").tryQuery().isPresent()
                && !lookup("#support-timeline-table").queryTableView().getItems().isEmpty());
        TableView<?> timeline = lookup("#support-timeline-table").queryTableView();
        assertThat(timeline.getItems()).hasSize(1);
        String row = timeline.getColumns().stream().map(c -> String.valueOf(c.getCellData(0)))
                .collect(Collectors.joining(" | "));
        assertThat(row).contains("Thăm hỏi, tặng quà Tết").contains("500.000 đồng").contains("Quỹ Vì người nghèo")
                .contains(LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    private void focus(String id) {
        Node node = lookup(id).query();
        interact(node::requestFocus);
    }

    /** The household form's tabs (members, review history, supports), once the form is open. */
    private TabPane householdTabs() {
        return lookup(".tab-pane").queryAllAs(TabPane.class).stream().filter(t -> t.getTabs().stream()
                .anyMatch(tab -> "household-support-tab".equals(tab.getId()))).findFirst().orElse(null);
    }

    private String comboText(String id) {
        ComboBox<?> box = lookup(id).queryAs(ComboBox.class);
        return box.getButtonCell() == null || box.getButtonCell().getText() == null ? ""
                : box.getButtonCell().getText();
    }

    private Set<UUID> ids(String... numbers) {
        return java.util.Arrays.stream(numbers).map(n -> households.get(n).id()).collect(Collectors.toSet());
    }

    private Button confirmButton(String text) {
        return lookup(".dialog-pane .button").queryAll().stream().filter(n -> n instanceof Button)
                .map(n -> (Button) n).filter(b -> text.equals(b.getText())).findFirst().orElse(null);
    }

    /** The live support records per household, by a plain query. */
    private Map<UUID, Long> rowsByHousehold() throws SQLException {
        Map<UUID, Long> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection(app.services().location().jdbcUrl(), "sa", "");
             PreparedStatement s = c.prepareStatement(
                     "SELECT household_id, COUNT(*) FROM support_event WHERE NOT deleted GROUP BY household_id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.put(r.getObject(1, UUID.class), r.getLong(2));
            }
        }
        return out;
    }

    /** How many batches the live records form, and their VND. */
    private List<Long> batchesAndTotal() throws SQLException {
        try (Connection c = DriverManager.getConnection(app.services().location().jdbcUrl(), "sa", "");
             PreparedStatement s = c.prepareStatement(
                     "SELECT COUNT(DISTINCT batch_id), SUM(amount_vnd) FROM support_event WHERE NOT deleted");
             ResultSet r = s.executeQuery()) {
            r.next();
            return List.of(r.getLong(1), r.getLong(2));
        }
    }
}
