package vn.chungtay.ui.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.BirthDate;
import vn.chungtay.domain.household.HouseholdDetails;
import vn.chungtay.domain.household.HouseholdDraft;
import vn.chungtay.domain.household.IdDocument;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.household.WorkStatus;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.Village;

/** The administrative units screen's view-model and its village form, against the real services. */
class UnitsViewModelTest {

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

    private Village addVillage(UnitsViewModel model, String name) {
        VillageFormViewModel form = model.newVillageForm();
        form.nameProperty().set(name);
        List<Village> saved = new ArrayList<>();
        form.save(saved::add);
        assertThat(saved).as("saved " + name + ": " + form.errors() + form.generalErrorProperty().get()).hasSize(1);
        model.villageSaved(saved.get(0));
        return saved.get(0);
    }

    private List<String> villageNames(UnitsViewModel model) {
        return model.villages().stream().map(Village::name).toList();
    }

    @Test
    void treeOpensAtTheUsersUnitWithItsDetails() {
        UnitsViewModel model = screen(communeOfficer);

        assertThat(model.treeProperty().get().roots()).extracting(AdminUnit::code).containsExactly("62");
        assertThat(model.ownPath()).extracting(AdminUnit::code).containsExactly("62", "23425");
        assertThat(model.selectedProperty().get().code()).isEqualTo("23425");
        UnitDetailsModel details = model.details();
        assertThat(details.levelProperty().get()).isEqualTo("Xã");
        assertThat(details.codeProperty().get()).isEqualTo("23425");
        assertThat(details.nameProperty().get()).isEqualTo("Xã Đắk Pxi");
        assertThat(details.parentProperty().get()).isEqualTo("Kon Tum (62)");
        assertThat(details.validToProperty().get()).isEqualTo(messages.get("unit.valid-to.open"));
        assertThat(model.editableProperty().get()).isTrue();
        assertThat(model.canAddChildProperty().get()).as("a commune has no child units").isFalse();
        assertThat(model.canEditVillagesProperty().get()).isTrue();
        assertThat(model.villagesTitleProperty().get()).contains("Xã Đắk Pxi (23425)");
    }

    @Test
    void unitsAboveTheUsersUnitAreReadOnly() {
        UnitsViewModel model = screen(communeOfficer);
        AdminUnit province = model.find("62").orElseThrow();

        model.selectedProperty().set(province);

        assertThat(model.isEditable(province)).isFalse();
        assertThat(model.editableProperty().get()).isFalse();
        assertThat(model.canAddChildProperty().get()).isFalse();
        assertThat(model.communeProperty().get()).isFalse();
        assertThat(model.details().parentProperty().get()).isEqualTo(messages.get("unit.parent.none"));
        assertThat(model.details().accessNoteProperty().get()).isEqualTo(messages.get("unit.access.read-only"));
    }

    @Test
    void addedVillagesAppearInVietnameseOrderWithTheNewOneSelected() {
        UnitsViewModel model = screen(communeOfficer);

        addVillage(model, "Thôn Kon Gộp");
        addVillage(model, "Thôn Đắk Lây");
        Village dora = addVillage(model, "Thôn Dơ Ra");

        assertThat(villageNames(model)).containsExactly("Thôn Dơ Ra", "Thôn Đắk Lây", "Thôn Kon Gộp");
        assertThat(model.selectedVillageProperty().get().meta().id()).isEqualTo(dora.meta().id());
        assertThat(services.units().villagesOf(List.of("23425"))).hasSize(3);
    }

    @Test
    void villageDatesAreTypedDayFirst() {
        UnitsViewModel model = screen(communeOfficer);
        VillageFormViewModel form = model.newVillageForm();
        form.nameProperty().set("Thôn Kon Gộp");
        form.validFromProperty().set("1/7/2025");
        List<Village> saved = new ArrayList<>();

        form.save(saved::add);
        model.villageSaved(saved.get(0));

        assertThat(model.villages()).singleElement()
                .satisfies(v -> assertThat(v.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1)));
        assertThat(model.editVillageForm(saved.get(0)).validFromProperty().get()).isEqualTo("01/07/2025");
    }

    @Test
    void anUnreadableDateIsAFieldErrorAndNothingIsSaved() {
        UnitsViewModel model = screen(communeOfficer);
        VillageFormViewModel form = model.newVillageForm();
        form.nameProperty().set("Thôn Kon Gộp");
        form.validFromProperty().set("31/02/2025");
        form.validToProperty().set("hôm qua");

        form.save(saved -> { });

        assertThat(form.errors()).containsEntry("validFrom", messages.get("unit.date.format"))
                .containsEntry("validTo", messages.get("unit.date.format"));
        assertThat(form.canSaveBinding().get()).isFalse();
        assertThat(services.units().villagesOf(List.of("23425"))).isEmpty();

        form.validFromProperty().set("01/01/2025");
        form.validToProperty().set("31/12/2024");
        assertThat(form.errors()).containsOnlyKeys("validTo")
                .containsEntry("validTo", messages.get("validation.unit.valid-to.before-from"));
    }

    @Test
    void aDuplicateVillageNameIsAFieldErrorAlsoWithTheOtherTonePlacement() {
        UnitsViewModel model = screen(communeOfficer);
        addVillage(model, "Thôn Hoà");

        VillageFormViewModel form = model.newVillageForm();
        form.nameProperty().set("Thôn Hòa");
        form.save(saved -> { });

        assertThat(form.errors()).containsEntry("name", messages.get("validation.village.duplicate", "Thôn Hòa"));
        assertThat(form.canSaveBinding().get()).isFalse();
        assertThat(villageNames(model)).containsExactly("Thôn Hoà");
    }

    @Test
    void aDuplicateAddedMeanwhileIsReportedByTheServiceOnTheNameField() {
        UnitsViewModel model = screen(communeOfficer);
        VillageFormViewModel first = model.newVillageForm();
        VillageFormViewModel second = model.newVillageForm();
        first.nameProperty().set("Thôn Hoà");
        first.save(model::villageSaved);

        second.nameProperty().set("thôn hòa");
        second.save(saved -> { });

        assertThat(second.errors()).containsOnlyKeys("name");
        assertThat(second.errors().get("name")).isEqualTo(messages.get("validation.village.duplicate", "thôn hòa"));
        assertThat(second.generalErrorProperty().get()).as("shown on the field, not twice").isEmpty();
        assertThat(services.units().villagesOf(List.of("23425"))).extracting(Village::name)
                .containsExactly("Thôn Hoà");
    }

    @Test
    void renamingAVillageKeepsItsIdentity() {
        UnitsViewModel model = screen(communeOfficer);
        Village village = addVillage(model, "Thôn Kon Gop");

        VillageFormViewModel form = model.editVillageForm(village);
        assertThat(form.errors()).as("its own name is no duplicate").isEmpty();
        form.nameProperty().set("Thôn Kon Gộp");
        form.save(model::villageSaved);

        assertThat(model.villages()).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("Thôn Kon Gộp");
            assertThat(v.meta().id()).isEqualTo(village.meta().id());
        });
    }

    @Test
    void deletingAVillageRemovesItAndSelectsItsNeighbour() {
        UnitsViewModel model = screen(communeOfficer);
        Village a = addVillage(model, "Thôn A Lua");
        Village b = addVillage(model, "Thôn Bông Hạ");

        model.deleteVillage(a);

        assertThat(villageNames(model)).containsExactly("Thôn Bông Hạ");
        assertThat(model.selectedVillageProperty().get().meta().id()).isEqualTo(b.meta().id());
        assertThat(model.villageErrorProperty().get()).isEmpty();
        assertThat(services.units().villagesOf(List.of("23425"))).extracting(Village::name)
                .containsExactly("Thôn Bông Hạ");
    }

    @Test
    void aVillageWithHouseholdsIsNotDeletedAndTheReasonIsShown() {
        UnitsViewModel model = screen(communeOfficer);
        Village village = addVillage(model, "Thôn Kon Gộp");
        MemberDetails head = new MemberDetails("Y Bờ Lốc", Sex.FEMALE, BirthDate.ofYear(1980), "13",
                Relationship.HEAD, IdDocument.NONE, WorkStatus.WORKING, "", "");
        services.households().save(communeOfficer, "23425", new HouseholdDraft(null,
                new HouseholdDetails("01", village.meta().id(), Area.RURAL, "", ""),
                List.of(new HouseholdDraft.MemberDraft(null, head))));

        model.deleteVillage(village);

        assertThat(model.villageErrorProperty().get()).isEqualTo(messages.get("validation.village.in-use", 1));
        assertThat(villageNames(model)).containsExactly("Thôn Kon Gộp");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aCommuneOfficerCannotAddACommuneUnderTheProvince() {
        UnitsViewModel model = screen(communeOfficer);
        model.selectedProperty().set(model.find("62").orElseThrow());
        assertThat(model.canAddChildProperty().get()).isFalse();

        UnitFormViewModel form = model.newChildForm();
        form.codeProperty().set("23428");
        form.nameProperty().set("Xã Đắk Kôi");
        List<AdminUnit> saved = new ArrayList<>();
        form.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(form.generalErrorProperty().get()).isEqualTo(messages.get("error.access-denied", "62"));
        assertThat(services.units().tree().find("23428")).isEmpty();
    }

    @Test
    void villagesOfACommuneOutsideTheUsersUnitAreShownReadOnly() {
        Actor clerk = fixture.provinceClerk();
        UnitFormViewModel form = screen(clerk).newChildForm();
        form.codeProperty().set("23428");
        form.nameProperty().set("Xã Đắk Kôi");
        form.save(saved -> { });
        UnitsViewModel model = screen(communeOfficer);

        model.selectedProperty().set(model.find("23428").orElseThrow());

        assertThat(model.communeProperty().get()).isTrue();
        assertThat(model.canEditVillagesProperty().get()).isFalse();
        assertThat(model.editableProperty().get()).isFalse();
    }
}
