package vn.chungtay.ui.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitLevel;

/** The unit form as the screen opens it: new child units under a province, codes, and editing the person's unit. */
class UnitFormViewModelTest {

    private final UnitScreenFixture fixture = new UnitScreenFixture();
    private final Messages messages = fixture.messages;
    private AppServices services;
    private Actor communeOfficer;

    @BeforeEach
    void openDatabase() {
        fixture.open();
        services = fixture.services;
        communeOfficer = fixture.communeOfficer;
    }

    @AfterEach
    void closeDatabase() {
        fixture.close();
    }

    private UnitsViewModel screen(Actor actor) {
        return fixture.screen(actor);
    }

    @Test
    void aProvinceClerkAddsACommuneDirectlyUnderTheProvince() {
        Actor clerk = fixture.provinceClerk();
        UnitsViewModel model = screen(clerk);
        assertThat(model.selectedProperty().get().code()).isEqualTo("62");
        assertThat(model.canAddChildProperty().get()).isTrue();

        UnitFormViewModel form = model.newChildForm();
        assertThat(form.levels()).containsExactly(UnitLevel.COMMUNE, UnitLevel.DISTRICT);
        assertThat(form.levelProperty().get()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(form.parentTextProperty().get()).isEqualTo("Kon Tum (62)");
        form.codeProperty().set("23428");
        form.nameProperty().set("Xã Đắk Kôi");
        form.validFromProperty().set("01/07/2025");
        form.save(model::unitSaved);

        assertThat(model.selectedProperty().get().code()).isEqualTo("23428");
        assertThat(model.details().validFromProperty().get()).isEqualTo("01/07/2025");
        assertThat(model.treeProperty().get().children("62")).extracting(AdminUnit::code)
                .containsExactly("23425", "23428");
    }

    @Test
    void aUnitCodeIsCheckedForItsLengthAndForReuse() {
        Actor clerk = fixture.provinceClerk();
        UnitsViewModel model = screen(clerk);
        UnitFormViewModel form = model.newChildForm();
        form.levelProperty().set(UnitLevel.DISTRICT);
        form.nameProperty().set("Huyện Đắk Glei");

        form.codeProperty().set("0610");
        assertThat(form.errors()).containsEntry("code", messages.get("validation.unit.code.digits", 3));
        form.codeProperty().set("061");
        assertThat(form.errors()).isEmpty();

        form.levelProperty().set(UnitLevel.COMMUNE);
        form.codeProperty().set("23425");
        form.save(saved -> { });
        assertThat(form.errors()).containsEntry("code", messages.get("validation.unit.code.taken", "23425"));
        assertThat(services.units().tree().children("62")).hasSize(1);
    }

    @Test
    void editingTheUsersOwnUnitKeepsItsCode() {
        UnitsViewModel model = screen(communeOfficer);

        UnitFormViewModel form = model.editForm();
        assertThat(form.codeEditableProperty().get()).isFalse();
        assertThat(form.codeProperty().get()).isEqualTo("23425");
        form.nameProperty().set("Xã Đắk Pxi mới");
        form.validFromProperty().set("01/07/2025");
        form.save(model::unitSaved);

        assertThat(model.selectedProperty().get().code()).isEqualTo("23425");
        assertThat(model.details().nameProperty().get()).isEqualTo("Xã Đắk Pxi mới");
        assertThat(services.units().tree().find("23425").orElseThrow().details().validFrom())
                .isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void aDistrictCodeKeepsItsLeadingZero() {
        UnitsViewModel model = screen(fixture.provinceClerk());
        UnitFormViewModel form = model.newChildForm();
        form.levelProperty().set(UnitLevel.DISTRICT);
        form.codeProperty().set("061");
        form.nameProperty().set("Huyện Đắk Glei");

        form.save(model::unitSaved);

        assertThat(model.details().codeProperty().get()).isEqualTo("061");
        assertThat(model.details().levelProperty().get()).isEqualTo("Huyện");
        assertThat(UnitsViewModel.label(model.selectedProperty().get())).isEqualTo("Huyện Đắk Glei (061)");
        assertThat(model.canAddChildProperty().get()).as("a commune may go under a district").isTrue();
        assertThat(model.newChildForm().levels()).containsExactly(UnitLevel.COMMUNE);
    }

    @Test
    void aCodeNothingRefersToYetMayStillBeCorrected() {
        UnitsViewModel model = screen(fixture.provinceClerk());
        model.selectedProperty().set(model.find("23425").orElseThrow());

        UnitFormViewModel form = model.editForm();

        assertThat(form.codeEditableProperty().get()).as("no villages, not the clerk's own unit").isTrue();
        assertThat(form.levels()).containsExactly(UnitLevel.COMMUNE);
        assertThat(form.parentTextProperty().get()).isEqualTo("Kon Tum (62)");
    }
}
