package vn.chungtay.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.household.WorkStatus;

/**
 * The register as a commune officer uses it, headless: create a household with two members through the form, find
 * it by typing a name without diacritics, edit it, restart the program, find it again; an invalid CCCD blocks saving.
 */
class HouseholdJourneyTest extends FxRobot {

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
    void createFindEditRestartFindAgain() throws Exception {
        app = new DesktopFixture(folder).start();

        clickOn("#household-add");
        DesktopFixture.waitUntil(() -> lookup("#member-name-0").tryQuery().isPresent()
                && !lookup("#household-number").queryAs(TextField.class).isDisabled());
        clickOn("#household-number").write("0107");
        fillMember(0, "nguyễn văn ánh", Sex.MALE, "12/05/1980", Relationship.HEAD, "062080123456");
        clickOn("#member-add");
        DesktopFixture.waitUntil(() -> lookup("#member-name-1").tryQuery().isPresent());
        fillMember(1, "Trần Thị Bình", Sex.FEMALE, "1982", Relationship.SPOUSE, "062182654321");
        clickOn("#household-address").write("Thôn Kon Klor, xã Đắk Pxi");

        Button save = lookup("#household-save").queryButton();
        DesktopFixture.waitUntil(() -> !save.isDisabled());
        clickOn(save);
        DesktopFixture.waitUntil(() -> app.services().households().search(
                vn.chungtay.domain.household.HouseholdFilter.all()).size() == 1);
        clickOn("#household-close");

        TableView<HouseholdSummary> table = lookup("#household-table").queryTableView();
        clickOn("#household-search").write("nguyen van anh");
        DesktopFixture.waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0) != null);
        HouseholdSummary found = table.getItems().get(0);
        assertThat(found.headName()).isEqualTo("Nguyễn Văn Ánh");
        assertThat(found.number()).isEqualTo("0107");
        assertThat(found.memberCount()).isEqualTo(2);

        // Edit: open with Enter, change the address, save with Ctrl+S, close with Esc.
        interact(() -> table.getSelectionModel().select(0));
        clickOn(table).type(KeyCode.ENTER);
        DesktopFixture.waitUntil(() -> lookup("#household-address").tryQuery().isPresent()
                && !lookup("#household-address").queryAs(TextField.class).getText().isEmpty());
        TextField address = lookup("#household-address").queryAs(TextField.class);
        doubleClickOn(address).eraseText(40).write("Làng Kon Klor 2");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        DesktopFixture.waitUntil(() -> app.services().households().find(found.id()).orElseThrow()
                .details().address().equals("Làng Kon Klor 2"));
        type(KeyCode.ESCAPE);
        DesktopFixture.waitUntil(() -> lookup("#household-address").tryQuery().isEmpty());

        app.restart();
        TableView<HouseholdSummary> again = lookup("#household-table").queryTableView();
        clickOn("#household-search").write("binh");
        DesktopFixture.waitUntil(() -> again.getItems().size() == 1 && again.getItems().get(0) != null);
        assertThat(again.getItems().get(0).id()).isEqualTo(found.id());
        assertThat(again.getItems().get(0).address()).isEqualTo("Làng Kon Klor 2");
    }

    @Test
    void anInvalidCccdBlocksSaving() throws Exception {
        app = new DesktopFixture(folder).start();
        clickOn("#household-add");
        DesktopFixture.waitUntil(() -> lookup("#member-name-0").tryQuery().isPresent()
                && !lookup("#household-number").queryAs(TextField.class).isDisabled());
        clickOn("#household-number").write("0200");
        // 4th digit 1 means a woman born in the 1900s: it contradicts a man.
        fillMember(0, "Y Phương", Sex.MALE, "1975", Relationship.HEAD, "062175000001");
        Button save = lookup("#household-save").queryButton();
        DesktopFixture.waitUntil(() -> lookup("#form-error-summary").queryAs(Label.class).getText()
                .contains("giới tính"));
        assertThat(save.isDisabled()).isTrue();

        // Correcting the number to a man's makes the form savable.
        TextField id = lookup("#member-id-0").queryAs(TextField.class);
        doubleClickOn(id).eraseText(12).write("062075000001");
        DesktopFixture.waitUntil(() -> !save.isDisabled());
        assertThat(lookup("#form-error-summary").queryAs(Label.class).getText()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void fillMember(int row, String name, Sex sex, String birth, Relationship relationship, String id) {
        clickOn("#member-name-" + row).write(name);
        ComboBox<Sex> sexBox = lookup("#member-sex-" + row).queryComboBox();
        interact(() -> sexBox.setValue(sex));
        clickOn("#member-birth-" + row).write(birth);
        ComboBox<EthnicGroup> ethnicity = lookup("#member-ethnicity-" + row).queryComboBox();
        interact(() -> ethnicity.setValue(ethnicity.getItems().stream()
                .filter(g -> g.code().equals(EthnicGroup.KINH)).findFirst().orElseThrow()));
        ComboBox<Relationship> relation = lookup("#member-relationship-" + row).queryComboBox();
        interact(() -> relation.setValue(relationship));
        clickOn("#member-id-" + row).write(id);
        ComboBox<WorkStatus> work = lookup("#member-work-" + row).queryComboBox();
        interact(() -> work.setValue(WorkStatus.WORKING));
    }
}
