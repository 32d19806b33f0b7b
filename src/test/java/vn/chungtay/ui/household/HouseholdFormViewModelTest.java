package vn.chungtay.ui.household;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.cccd;
import static vn.chungtay.testsupport.Fixtures.details;
import static vn.chungtay.testsupport.Fixtures.draft;
import static vn.chungtay.testsupport.Fixtures.family;
import static vn.chungtay.testsupport.Fixtures.person;
import static vn.chungtay.testsupport.Fixtures.withId;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.IdNumberHolder;
import vn.chungtay.domain.household.IdType;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.household.WorkStatus;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.testsupport.Fixtures;
import vn.chungtay.ui.task.SameThreadTaskRunner;

/** The household form without a screen: real services on a fresh database, tasks run on the test's thread. */
class HouseholdFormViewModelTest {

    private final Messages messages = new Messages(Messages.VIETNAMESE);
    private AppServices services;
    private Actor officer;
    private Village village;

    @BeforeEach
    void open() {
        services = Fixtures.services();
        officer = Fixtures.communeOfficer(services);
        village = services.units().saveVillage(officer, null, COMMUNE, "Thôn Kon Klor", null, null);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private HouseholdFormViewModel form(UUID householdId) {
        HouseholdFormViewModel form = new HouseholdFormViewModel(services.households(), services.units(),
                new SameThreadTaskRunner(), messages, officer);
        boolean[] ready = {false};
        form.load(householdId, () -> ready[0] = true);
        assertThat(ready[0]).as("loaded: " + form.generalErrorProperty().get()).isTrue();
        return form;
    }

    private EthnicGroup group(String code) {
        return services.households().ethnicGroups().stream().filter(g -> g.code().equals(code)).findFirst()
                .orElseThrow();
    }

    /** Fills the row as a person would, leaving the relationship and ID as they are. */
    private void fillRow(MemberRowViewModel row, String name, Sex sex, String birth) {
        row.fullNameProperty().set(name);
        row.sexProperty().set(sex);
        row.birthProperty().set(birth);
        row.ethnicityProperty().set(group("01"));
        row.workStatusProperty().set(WorkStatus.WORKING);
    }

    /** A new form filled with a valid one-person household. */
    private HouseholdFormViewModel validNewForm(String number) {
        HouseholdFormViewModel form = form(null);
        form.numberProperty().set(number);
        fillRow(form.members().get(0), "Nguyễn Văn An", Sex.MALE, "1980");
        return form;
    }

    private Household save(HouseholdFormViewModel form) {
        List<Household> saved = new ArrayList<>();
        form.save(saved::add);
        assertThat(saved).as("saved: " + form.generalErrorProperty().get() + " " + form.errors()).hasSize(1);
        return saved.get(0);
    }

    private Household saveThroughService(String number, String headName) {
        return services.households().save(officer, COMMUNE,
                draft(null, details(number, village.meta().id()), family(headName)));
    }

    @Test
    void aNewFormHasOneHeadRowInTheRuralAreaOfTheOnlyVillageAndIsClean() {
        HouseholdFormViewModel form = form(null);

        assertThat(form.loadedProperty().get()).isTrue();
        assertThat(form.isNew()).isTrue();
        assertThat(form.members()).hasSize(1);
        assertThat(form.members().get(0).relationshipProperty().get()).isEqualTo(Relationship.HEAD);
        assertThat(form.members().get(0).idTypeProperty().get()).isEqualTo(IdType.NONE);
        assertThat(form.areaProperty().get()).isEqualTo(Area.RURAL);
        assertThat(form.villages()).containsExactly(village);
        assertThat(form.villageProperty().get()).isEqualTo(village);
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void withSeveralVillagesNoneIsPreselected() {
        services.units().saveVillage(officer, null, COMMUNE, "Thôn Đắk Mế", null, null);

        HouseholdFormViewModel form = form(null);

        assertThat(form.villages()).hasSize(2);
        assertThat(form.villageProperty().get()).isNull();
        assertThat(form.errors()).containsEntry("villageId", messages.get("validation.household.village.required"));
    }

    @Test
    void errorsAreVietnameseMessagesByPathAndSavingWaitsForAValidForm() {
        HouseholdFormViewModel form = form(null);

        assertThat(form.errors())
                .containsEntry("number", "Chưa nhập số hộ.")
                .containsEntry("members[0].fullName", messages.get("validation.name.required"))
                .containsEntry("members[0].sex", "Chưa chọn giới tính.")
                .containsEntry("members[0].birth", messages.get("validation.birth.required"))
                .containsEntry("members[0].ethnicity", "Chưa chọn dân tộc.")
                .containsEntry("members[0].workStatus", messages.get("validation.member.work-status.required"))
                .doesNotContainKey("members[0].relationship");
        assertThat(form.canSaveBinding().get()).isFalse();

        form.numberProperty().set("01");
        fillRow(form.members().get(0), "Nguyễn Văn An", Sex.MALE, "1980");
        assertThat(form.errors()).isEmpty();
        assertThat(form.canSaveBinding().get()).isTrue();

        form.members().get(0).fullNameProperty().set("");
        assertThat(form.errors()).containsOnlyKeys("members[0].fullName");
        assertThat(form.canSaveBinding().get()).isFalse();

        form.save(saved -> { });
        assertThat(services.households().search(HouseholdFilter.all()).size()).as("an invalid form is not saved")
                .isZero();
    }

    @Test
    void anUnreadableBirthGivesTheFormatMessage() {
        HouseholdFormViewModel form = validNewForm("01");
        MemberRowViewModel second = form.addMember();
        fillRow(second, "Nguyễn Thị Bình", Sex.FEMALE, "1985");
        second.relationshipProperty().set(Relationship.SPOUSE);
        assertThat(form.errors()).isEmpty();
        String format = messages.get("validation.birth.format");

        second.birthProperty().set("31/02/1980");
        assertThat(form.errors()).containsEntry("members[1].birth", format).containsOnlyKeys("members[1].birth");

        form.members().get(0).birthProperty().set("abc");
        assertThat(form.errors()).containsEntry("members[0].birth", format).containsEntry("members[1].birth", format);

        second.birthProperty().set("28/02/1980");
        form.members().get(0).birthProperty().set("05/03/1980");
        assertThat(form.errors()).isEmpty();
    }

    @Test
    void aCccdThatContradictsTheHolderIsFlaggedOnTheIdNumber() {
        HouseholdFormViewModel form = validNewForm("01");
        MemberRowViewModel head = form.members().get(0);

        head.idNumberProperty().set(cccd(Sex.FEMALE, 1980, 1234));
        assertThat(form.errors()).containsEntry("members[0].idNumber", messages.get("validation.cccd.sex"));

        head.idNumberProperty().set(cccd(Sex.MALE, 1981, 1234));
        assertThat(form.errors()).containsEntry("members[0].idNumber", messages.get("validation.cccd.year"));

        head.idNumberProperty().set("062280001234");
        assertThat(form.errors()).containsEntry("members[0].idNumber", messages.get("validation.cccd.century"));

        head.idNumberProperty().set("06201234");
        assertThat(form.errors()).containsEntry("members[0].idNumber", messages.get("validation.cccd.digits"));

        head.idNumberProperty().set(cccd(Sex.MALE, 1980, 1234));
        assertThat(form.errors()).isEmpty();
    }

    @Test
    void typingAnIdNumberSwitchesTheTypeToCccdAndClearingItSwitchesBack() {
        HouseholdFormViewModel form = validNewForm("01");
        MemberRowViewModel head = form.members().get(0);
        assertThat(head.idTypeProperty().get()).isEqualTo(IdType.NONE);

        head.idNumberProperty().set("0");
        assertThat(head.idTypeProperty().get()).isEqualTo(IdType.CCCD);
        head.idNumberProperty().set(cccd(Sex.MALE, 1980, 1234));
        assertThat(head.idTypeProperty().get()).isEqualTo(IdType.CCCD);
        assertThat(form.errors()).isEmpty();

        head.idNumberProperty().set("");
        assertThat(head.idTypeProperty().get()).isEqualTo(IdType.NONE);
        assertThat(form.errors()).isEmpty();

        head.idTypeProperty().set(IdType.OLD_ID);
        head.idNumberProperty().set("123456789");
        assertThat(head.idTypeProperty().get()).as("a chosen type is kept").isEqualTo(IdType.OLD_ID);
        head.idNumberProperty().set("");
        assertThat(head.idTypeProperty().get()).isEqualTo(IdType.OLD_ID);
    }

    @Test
    void anEditMakesTheFormDirtyAndSavingMakesItCleanAgain() {
        HouseholdFormViewModel form = form(null);
        form.numberProperty().set("01");
        assertThat(form.dirtyProperty().get()).isTrue();
        form.numberProperty().set("");
        assertThat(form.dirtyProperty().get()).as("back to what was loaded").isFalse();

        form.numberProperty().set("01");
        fillRow(form.members().get(0), "Nguyễn Văn An", Sex.MALE, "1980");
        assertThat(form.dirtyProperty().get()).isTrue();
        save(form);
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.savingProperty().get()).isFalse();

        form.members().get(0).noteProperty().set("Hộ mới chuyển đến");
        assertThat(form.dirtyProperty().get()).isTrue();
    }

    @Test
    void savingCreatesTheHouseholdAndSavingAgainUpdatesIt() {
        HouseholdFormViewModel form = validNewForm(" 07 ");
        form.addressProperty().set("Thôn Kon Klor");
        form.phoneProperty().set("0912 345 678");
        form.members().get(0).fullNameProperty().set("nguyễn văn an");

        Household created = save(form);

        Household stored = services.households().find(created.id()).orElseThrow();
        assertThat(stored.communeCode()).isEqualTo(COMMUNE);
        assertThat(stored.details().number()).isEqualTo("07");
        assertThat(stored.details().villageId()).isEqualTo(village.meta().id());
        assertThat(stored.details().phone()).isEqualTo("0912345678");
        assertThat(stored.members()).extracting(m -> m.details().fullName()).containsExactly("Nguyễn Văn An");
        assertThat(form.isNew()).isFalse();
        assertThat(form.numberProperty().get()).as("the form shows the saved values").isEqualTo("07");
        assertThat(form.members().get(0).fullNameProperty().get()).isEqualTo("Nguyễn Văn An");
        UUID headId = stored.members().get(0).id();
        assertThat(form.members().get(0).id()).isEqualTo(headId);

        form.numberProperty().set("08");
        MemberRowViewModel child = form.addMember();
        fillRow(child, "Nguyễn Thị Hoà", Sex.FEMALE, "12/06/2012");
        child.relationshipProperty().set(Relationship.CHILD);
        save(form);

        Household updated = services.households().find(created.id()).orElseThrow();
        assertThat(updated.details().number()).isEqualTo("08");
        assertThat(updated.members()).extracting(Member::id).startsWith(headId).hasSize(2);
        assertThat(updated.members().get(1).details().relationship()).isEqualTo(Relationship.CHILD);
        assertThat(services.households().search(HouseholdFilter.all()).size()).isEqualTo(1);
    }

    @Test
    void anExistingHouseholdLoadsIntoACleanForm() {
        Household stored = saveThroughService("12", "Trần Văn Bình");

        HouseholdFormViewModel form = form(stored.id());

        assertThat(form.isNew()).isFalse();
        assertThat(form.numberProperty().get()).isEqualTo("12");
        assertThat(form.villageProperty().get()).isEqualTo(village);
        assertThat(form.members()).extracting(r -> r.fullNameProperty().get())
                .containsExactly("Trần Văn Bình", "Y Bhơ", "Nguyễn Thị Hoà");
        assertThat(form.members().get(0).ethnicityProperty().get()).isEqualTo(group("01"));
        assertThat(form.members().get(0).birthProperty().get()).isEqualTo("01/01/1980");
        assertThat(form.errors()).isEmpty();
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void aNumberAlreadyUsedInTheCommuneLandsOnTheNumberField() {
        saveThroughService("01", "Trần Văn Bình");
        HouseholdFormViewModel form = validNewForm("01");
        assertThat(form.canSaveBinding().get()).isTrue();

        List<Household> saved = new ArrayList<>();
        form.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(form.errors()).containsEntry("number", messages.get("validation.household.number.taken", "01"));
        assertThat(form.errors().get("number")).isEqualTo("Số hộ 01 đã có trong xã này.");
        assertThat(form.generalErrorProperty().get()).contains("Số hộ 01");
        assertThat(form.canSaveBinding().get()).isFalse();
        assertThat(form.savingProperty().get()).isFalse();
        assertThat(form.isNew()).isTrue();
        assertThat(services.households().search(HouseholdFilter.all()).size()).isEqualTo(1);

        form.numberProperty().set("02");
        assertThat(form.errors()).isEmpty();
        save(form);
        assertThat(services.households().search(HouseholdFilter.all()).size()).isEqualTo(2);
    }

    @Test
    void aSecondHeadIsFlaggedOnItsRelationship() {
        HouseholdFormViewModel form = validNewForm("01");
        MemberRowViewModel second = form.addMember();
        fillRow(second, "Nguyễn Thị Bình", Sex.FEMALE, "1985");
        second.relationshipProperty().set(Relationship.HEAD);

        assertThat(form.errors()).containsEntry("members[1].relationship",
                messages.get("validation.household.head.multiple"));
        assertThat(form.errors()).doesNotContainKey("members[0].relationship");
        assertThat(form.canSaveBinding().get()).isFalse();

        second.relationshipProperty().set(Relationship.SPOUSE);
        assertThat(form.errors()).isEmpty();
    }

    @Test
    void otherHoldersListMembersOfAnotherHouseholdWithTheSameIdNumber() {
        String shared = cccd(Sex.MALE, 1980, 1234);
        Household mine = saveThroughService("01", "Trần Văn Bình");
        Household other = services.households().save(officer, COMMUNE, draft(null, details("02", village.meta().id()),
                List.of(withId(person("Lê Văn Cường", Sex.MALE, 1980, Relationship.HEAD), IdType.CCCD, shared))));
        assertThat(mine.members().get(0).details().idDocument().number()).isEqualTo(shared);

        HouseholdFormViewModel form = form(mine.id());
        MemberRowViewModel head = form.members().get(0);
        // A duplicate already in the register shows as soon as the household is opened, not only on typing.
        assertThat(head.otherHoldersProperty().get()).extracting(IdNumberHolder::householdId)
                .containsExactly(other.id());
        head.idNumberProperty().set("");
        assertThat(head.otherHoldersProperty().get()).isEmpty();
        head.idNumberProperty().set(shared);

        assertThat(head.otherHoldersProperty().get()).extracting(IdNumberHolder::householdId)
                .containsExactly(other.id());
        assertThat(head.otherHoldersProperty().get().get(0).fullName()).isEqualTo("Lê Văn Cường");
        assertThat(head.otherHoldersProperty().get().get(0).householdNumber()).isEqualTo("02");

        head.idNumberProperty().set("0620");
        assertThat(head.otherHoldersProperty().get()).as("too short to look up").isEmpty();

        MemberRowViewModel spouse = form.members().get(1);
        String spouseNumber = spouse.idNumberProperty().get();
        spouse.idNumberProperty().set("");
        spouse.idNumberProperty().set(spouseNumber);
        assertThat(spouse.otherHoldersProperty().get()).as("only this household holds the spouse's number")
                .isEmpty();
    }

    @Test
    void aNewFormWarnsAboutEveryHouseholdHoldingTheNumber() {
        Household stored = saveThroughService("01", "Trần Văn Bình");
        HouseholdFormViewModel form = validNewForm("02");

        MemberRowViewModel row = form.addMember();
        row.idNumberProperty().set(cccd(Sex.FEMALE, 1985, 4321));

        assertThat(row.otherHoldersProperty().get()).extracting(IdNumberHolder::householdId)
                .containsExactly(stored.id());
        assertThat(form.members().get(0).otherHoldersProperty().get()).isEmpty();
    }

    @Test
    void aNewRowTakesThePreviousRowsEthnicity() {
        HouseholdFormViewModel form = validNewForm("01");
        EthnicGroup minority = group("30");
        form.members().get(0).ethnicityProperty().set(minority);

        MemberRowViewModel added = form.addMember();

        assertThat(form.members()).hasSize(2).endsWith(added);
        assertThat(added.ethnicityProperty().get()).isEqualTo(minority);
        assertThat(added.fullNameProperty().get()).isEmpty();
        assertThat(added.relationshipProperty().get()).isNull();
        assertThat(added.id()).isNull();
        assertThat(form.errors()).containsKey("members[1].fullName").doesNotContainKey("members[1].ethnicity");
    }

    @Test
    void removingAMemberMarksTheFormDirty() {
        Household stored = saveThroughService("01", "Trần Văn Bình");
        HouseholdFormViewModel form = form(stored.id());
        assertThat(form.dirtyProperty().get()).isFalse();

        form.removeMember(form.members().get(2));

        assertThat(form.members()).hasSize(2);
        assertThat(form.dirtyProperty().get()).isTrue();
        assertThat(form.errors()).isEmpty();
        save(form);
        assertThat(services.households().find(stored.id()).orElseThrow().members()).hasSize(2);
    }
}
