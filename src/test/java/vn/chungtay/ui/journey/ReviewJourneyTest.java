package vn.chungtay.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.chungtay.app.review.RoundRow;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundStatus;

/**
 * A periodic review as a commune officer does it, headless: open a round, review a household while its class changes
 * with each ticked indicator, save, review the other household, and close the round once everyone is reviewed; the
 * movement tables then balance.
 */
class ReviewJourneyTest extends FxRobot {

    @TempDir
    Path folder;

    private DesktopFixture app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void openReviewWatchTheClassSaveAndClose() throws Exception {
        app = new DesktopFixture(folder).start();
        Household first = app.addHousehold("0101", "Nguyễn Văn Ánh");
        Household second = app.addHousehold("0102", "Trần Văn Bình");

        clickOn("#nav-review");
        DesktopFixture.waitUntil(() -> lookup("#round-new").tryQuery().isPresent()
                && !lookup("#round-new").queryButton().isDisabled());
        clickOn("#round-new");
        DesktopFixture.waitUntil(() -> lookup("#round-form-year").tryQuery().isPresent());
        TextField year = lookup("#round-form-year").queryAs(TextField.class);
        doubleClickOn(year).eraseText(6).write("2025");
        DesktopFixture.waitUntil(() -> lookup("#round-form-standard-info").queryAs(Label.class).getText()
                .contains("07/2021/NĐ-CP"));
        clickOn("#form-save");
        DesktopFixture.waitUntil(() -> app.services().rounds().rounds(app.actor()).size() == 1);
        ReviewRound round = app.services().rounds().rounds(app.actor()).get(0);
        TableView<RoundRow> table = lookup("#round-households").queryTableView();
        DesktopFixture.waitUntil(() -> table.getItems().size() == 2);
        assertThat(lookup("#round-progress").queryAs(Label.class).getText()).contains("0/2");

        // Review the first household: its class follows the income and each ticked indicator.
        int index = indexOf(table, first);
        interact(() -> table.getSelectionModel().select(index));
        clickOn(table).type(KeyCode.ENTER);
        DesktopFixture.waitUntil(() -> lookup("#review-income").tryQuery().isPresent()
                && !lookup("#review-income").queryAs(TextField.class).isDisabled());
        Label povertyClass = lookup("#review-class").queryAs(Label.class);
        assertThat(povertyClass.getText()).isEqualTo("Chưa xếp loại");
        clickOn("#review-income").write("1400000");
        DesktopFixture.waitUntil(() -> povertyClass.getText().equals("Hộ cận nghèo"));
        tick("employment");
        tick("water");
        assertThat(povertyClass.getText()).isEqualTo("Hộ cận nghèo");
        tick("latrine");
        DesktopFixture.waitUntil(() -> povertyClass.getText().equals("Hộ nghèo"));
        assertThat(povertyClass.getStyleClass()).contains("danger");
        assertThat(lookup("#review-reason").queryAs(Label.class).getText())
                .isEqualTo("thu nhập 1.400.000 ≤ 1.500.000 và thiếu hụt 3 ≥ 3 → hộ nghèo");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        DesktopFixture.waitUntil(() -> app.services().reviews().context(round.id(), first.id()).existing() != null);
        assertThat(app.services().reviews().context(round.id(), first.id()).existing().povertyClass())
                .isEqualTo(PovertyClass.POOR);
        type(KeyCode.ESCAPE);
        DesktopFixture.waitUntil(() -> lookup("#review-income").tryQuery().isEmpty());
        DesktopFixture.waitUntil(() -> table.getItems().get(indexOf(table, first)).reviewed());

        // The second household, opened with a double-click; above the lines, it is not poor.
        int other = indexOf(table, second);
        interact(() -> table.getSelectionModel().select(other));
        Node cell = lookup("#round-households .table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == other && r.getItem() != null).query();
        doubleClickOn(cell);
        DesktopFixture.waitUntil(() -> lookup("#review-income").tryQuery().isPresent()
                && !lookup("#review-income").queryAs(TextField.class).isDisabled());
        clickOn("#review-income").write("3.000.000");
        DesktopFixture.waitUntil(() -> lookup("#review-class").queryAs(Label.class).getText().equals("Không nghèo"));
        Button save = lookup("#review-save").queryButton();
        clickOn(save);
        DesktopFixture.waitUntil(() -> app.services().reviews().context(round.id(), second.id()).existing() != null);
        clickOn("#review-close");
        DesktopFixture.waitUntil(() -> lookup("#review-income").tryQuery().isEmpty());
        DesktopFixture.waitUntil(() -> table.getItems().stream().allMatch(RoundRow::reviewed));
        assertThat(lookup("#round-progress").queryAs(Label.class).getText()).contains("2/2");

        // Close the round: confirm in the dialog, whose safe default is Cancel.
        clickOn("#round-close");
        DesktopFixture.waitUntil(() -> confirmButton() != null);
        clickOn(confirmButton());
        DesktopFixture.waitUntil(() -> app.services().rounds().round(round.id()).status() == RoundStatus.CLOSED);
        DesktopFixture.waitUntil(() -> lookup("#round-status").queryAs(Label.class).getText().equals("Đã khóa"));
        assertThat(lookup("#round-close").queryButton().isDisabled()).isTrue();
        assertThat(lookup("#round-reopen").queryButton().isDisabled()).isFalse();

        // The movement tables of the closed round balance.
        TabPane tabs = lookup("#round-tabs").query();
        interact(() -> tabs.getSelectionModel().select(1));
        DesktopFixture.waitUntil(() -> lookup("#movement-poor-check-1").tryQuery().isPresent());
        assertThat(lookup("#movement-poor-check-1").queryAs(Label.class).getText()).isEqualTo("✓");
        assertThat(lookup("#movement-balance").queryAs(Label.class).getText()).startsWith("✓");
    }

    /** Ticks an indicator as a person does: focus comes to it (the form scrolls it into sight), then a click. */
    private void tick(String code) {
        Node box = lookup("#review-indicator-" + code).query();
        interact(box::requestFocus);
        clickOn(box);
    }

    private static int indexOf(TableView<RoundRow> table, Household household) {
        List<RoundRow> rows = table.getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).household().id().equals(household.id())) {
                return i;
            }
        }
        throw new AssertionError("household " + household.details().number() + " is not listed");
    }

    private Button confirmButton() {
        return lookup(".dialog-pane .button").queryAll().stream().filter(n -> n instanceof Button)
                .map(n -> (Button) n).filter(b -> "Khóa đợt".equals(b.getText())).findFirst().orElse(null);
    }
}
