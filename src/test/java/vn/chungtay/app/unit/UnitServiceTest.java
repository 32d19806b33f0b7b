package vn.chungtay.app.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.OTHER_COMMUNE;
import static vn.chungtay.testsupport.Fixtures.PROVINCE;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitDetails;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.testsupport.Fixtures;

class UnitServiceTest {

    private AppServices services;
    private UnitService units;
    private Actor officer;
    private Actor clerk;

    @BeforeEach
    void open() {
        services = Fixtures.services();
        units = services.units();
        officer = Fixtures.communeOfficer(services);
        clerk = Fixtures.provinceClerk(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static void assertViolation(Runnable action, Violation expected) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).containsExactly(expected));
    }

    // ---- units -----------------------------------------------------------------------------------------------

    @Test
    void aCommuneOfficerCannotAddACommuneUnderTheProvince() {
        UnitDetails newCommune = new UnitDetails("23430", UnitLevel.COMMUNE, "Xã Đắk Choong", PROVINCE, null, null);

        assertThatThrownBy(() -> units.saveUnit(officer, null, newCommune))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.unitCode()).isEqualTo(PROVINCE));

        assertThat(units.tree().find("23430")).isEmpty();
        assertThat(Fixtures.rowCount(services.location(), "admin_unit")).isEqualTo(3);
    }

    @Test
    void aCommuneOfficerCannotAddAProvince() {
        UnitDetails newProvince = new UnitDetails("51", UnitLevel.PROVINCE, "Quảng Ngãi", null, null, null);

        assertThatThrownBy(() -> units.saveUnit(officer, null, newProvince)).isInstanceOf(AccessDeniedException.class);
        assertThat(units.tree().find("51")).isEmpty();
    }

    @Test
    void aProvinceClerkAddsDistrictsAndCommunesBelow() {
        AdminUnit district = units.saveUnit(clerk, null,
                new UnitDetails(" 601 ", UnitLevel.DISTRICT, " Huyện  Đắk Glei ", PROVINCE, null, null));
        AdminUnit commune = units.saveUnit(clerk, null,
                new UnitDetails("23430", UnitLevel.COMMUNE, "Xã Đắk Choong", "601", null, null));

        assertThat(district.code()).isEqualTo("601");
        assertThat(district.name()).isEqualTo("Huyện Đắk Glei");
        assertThat(district.meta().ownerUnit()).isEqualTo(PROVINCE);
        assertThat(commune.meta().ownerUnit()).isEqualTo("601");
        assertThat(commune.meta().lastChange()).isEqualTo(clerk.stamp(Fixtures.NOW));
        assertThat(units.tree().path("23430")).extracting(AdminUnit::code).containsExactly(PROVINCE, "601", "23430");
        assertThat(units.tree().communesUnder(PROVINCE)).contains("23430", COMMUNE, OTHER_COMMUNE);
    }

    @Test
    void anOfficerMayRenameTheirOwnCommuneAsANewRevision() {
        AdminUnit before = units.tree().find(COMMUNE).orElseThrow();

        AdminUnit after = units.saveUnit(officer, before.meta().id(),
                new UnitDetails(COMMUNE, UnitLevel.COMMUNE, "Xã Đắk Pxi (mới)", PROVINCE, null, null));

        assertThat(after.meta().id()).isEqualTo(before.meta().id());
        assertThat(after.meta().revision().number()).isEqualTo(2);
        assertThat(after.meta().revision().descendsFrom(before.meta().revision())).isTrue();
        assertThat(units.tree().find(COMMUNE).orElseThrow().name()).isEqualTo("Xã Đắk Pxi (mới)");
        assertThat(Fixtures.rowCount(services.location(), "admin_unit")).isEqualTo(3);
    }

    @Test
    void anOfficerMayNotEditAnotherCommune() {
        AdminUnit other = units.tree().find(OTHER_COMMUNE).orElseThrow();

        assertThatThrownBy(() -> units.saveUnit(officer, other.meta().id(),
                new UnitDetails(OTHER_COMMUNE, UnitLevel.COMMUNE, "Đổi tên", PROVINCE, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(units.tree().find(OTHER_COMMUNE).orElseThrow().name()).isEqualTo("Xã Đắk Mar");
    }

    @Test
    void anOfficerCannotMoveTheirCommuneUnderAnotherProvince() {
        services.identity().signIn("Rơ Châm Hiếu", "64",
                List.of(new UnitDetails("64", UnitLevel.PROVINCE, "Gia Lai", null, null, null)));
        AdminUnit commune = units.tree().find(COMMUNE).orElseThrow();

        assertThatThrownBy(() -> units.saveUnit(officer, commune.meta().id(),
                new UnitDetails(COMMUNE, UnitLevel.COMMUNE, "Xã Đắk Pxi", "64", null, null)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.unitCode()).isEqualTo("64"));
        assertThat(units.tree().find(COMMUNE).orElseThrow().parentCode()).isEqualTo(PROVINCE);
    }

    @Test
    void aCodeThatRecordsReferToCannotChangeButAnUnusedOneCan() {
        AdminUnit commune = units.tree().find(COMMUNE).orElseThrow();
        // The officer signed in for this commune: its code is referred to.
        assertViolation(() -> units.saveUnit(clerk, commune.meta().id(),
                        new UnitDetails("23499", UnitLevel.COMMUNE, "Xã Đắk Pxi", PROVINCE, null, null)),
                Violation.of("code", "validation.unit.code.in-use", COMMUNE));

        AdminUnit fresh = units.saveUnit(clerk, null,
                new UnitDetails("23430", UnitLevel.COMMUNE, "Xã Đắk Choong", PROVINCE, null, null));
        AdminUnit recoded = units.saveUnit(clerk, fresh.meta().id(),
                new UnitDetails("23431", UnitLevel.COMMUNE, "Xã Đắk Choong", PROVINCE, null, null));
        assertThat(recoded.code()).isEqualTo("23431");
        assertThat(units.tree().find("23430")).isEmpty();
    }

    @Test
    void theLevelOfAUnitCannotChange() {
        AdminUnit fresh = units.saveUnit(clerk, null,
                new UnitDetails("23430", UnitLevel.COMMUNE, "Xã Đắk Choong", PROVINCE, null, null));
        assertViolation(() -> units.saveUnit(clerk, fresh.meta().id(),
                        new UnitDetails("234", UnitLevel.DISTRICT, "Huyện Đắk Choong", PROVINCE, null, null)),
                Violation.of("level", "validation.unit.level.fixed"));
    }

    @Test
    void aCodeInUseIsRejected() {
        assertViolation(() -> units.saveUnit(clerk, null,
                        new UnitDetails(OTHER_COMMUNE, UnitLevel.COMMUNE, "Xã trùng", PROVINCE, null, null)),
                Violation.of("code", "validation.unit.code.taken", OTHER_COMMUNE));
    }

    @Test
    void theParentMustExistAndBeAboveTheUnit() {
        assertViolation(() -> units.saveUnit(clerk, null,
                        new UnitDetails("23430", UnitLevel.COMMUNE, "Xã A", "609", null, null)),
                Violation.of("parentCode", "validation.unit.unknown", "609"));
        assertViolation(() -> units.saveUnit(clerk, null,
                        new UnitDetails("601", UnitLevel.DISTRICT, "Huyện A", COMMUNE, null, null)),
                Violation.of("parentCode", "validation.unit.parent.level"));
        assertViolation(() -> units.saveUnit(clerk, null,
                        new UnitDetails("23430", UnitLevel.COMMUNE, "Xã A", OTHER_COMMUNE, null, null)),
                Violation.of("parentCode", "validation.unit.parent.level"));
    }

    @Test
    void unitNamesMayHave200Characters() {
        String longest = "Xã " + "Đ".repeat(197);

        AdminUnit saved = units.saveUnit(clerk, null,
                new UnitDetails("23430", UnitLevel.COMMUNE, longest, PROVINCE, null, null));

        assertThat(saved.name()).hasSize(200);
        assertViolation(() -> units.saveUnit(clerk, null,
                        new UnitDetails("23431", UnitLevel.COMMUNE, longest + "x", PROVINCE, null, null)),
                Violation.of("name", "validation.text.too-long", 200));
    }

    // ---- villages --------------------------------------------------------------------------------------------

    @Test
    void anOfficerKeepsTheVillagesOfTheirCommuneInVietnameseOrder() {
        units.saveVillage(officer, null, COMMUNE, "Thôn Kon Klor", null, null);
        units.saveVillage(officer, null, COMMUNE, "  Thôn  Đắk\nRơ ", LocalDate.of(2010, 1, 1), null);
        units.saveVillage(officer, null, COMMUNE, "Ấp Bắc", null, null);

        List<Village> villages = units.villagesOf(List.of(COMMUNE));

        assertThat(villages).extracting(Village::name).containsExactly("Ấp Bắc", "Thôn Đắk Rơ", "Thôn Kon Klor");
        assertThat(villages.get(1).validFrom()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(villages).allSatisfy(v -> {
            assertThat(v.meta().ownerUnit()).isEqualTo(COMMUNE);
            assertThat(v.meta().lastChange().userName()).isEqualTo("Nguyễn Văn A");
        });
        assertThat(units.villagesOf(List.of())).isEmpty();
    }

    @Test
    void aVillageOfAnotherCommuneIsOutOfReach() {
        assertThatThrownBy(() -> units.saveVillage(officer, null, OTHER_COMMUNE, "Thôn 1", null, null))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.unitCode()).isEqualTo(OTHER_COMMUNE));
        assertThat(units.villagesOf(List.of(OTHER_COMMUNE))).isEmpty();
    }

    @Test
    void aVillageNeedsAKnownCommune() {
        assertViolation(() -> units.saveVillage(clerk, null, PROVINCE, "Thôn 1", null, null),
                Violation.of("communeCode", "validation.unit.unknown", PROVINCE));
        assertViolation(() -> units.saveVillage(clerk, null, "99999", "Thôn 1", null, null),
                Violation.of("communeCode", "validation.unit.unknown", "99999"));
    }

    @Test
    void aNameTheCommuneAlreadyHasIsRejectedWhateverTheTonePlacementCaseOrSpacing() {
        units.saveVillage(officer, null, COMMUNE, "Thôn Hoà Bình", null, null);

        for (String same : List.of("Thôn Hòa Bình", "thôn hoà bình", "  Thôn   Hòa\nBình ", "THÔN HÒA BÌNH")) {
            assertViolation(() -> units.saveVillage(officer, null, COMMUNE, same, null, null),
                    Violation.of("name", "validation.village.duplicate", same.strip().replaceAll("\\s+", " ")));
        }
        assertThat(units.villagesOf(List.of(COMMUNE))).hasSize(1);
    }

    @Test
    void namesThatDifferInADiacriticAreDifferentVillages() {
        units.saveVillage(officer, null, COMMUNE, "Thôn Hoà Bình", null, null);
        units.saveVillage(officer, null, COMMUNE, "Thôn Hoa Bình", null, null);
        units.saveVillage(officer, null, COMMUNE, "Thôn Hoá Bình", null, null);

        assertThat(units.villagesOf(List.of(COMMUNE))).hasSize(3);
    }

    @Test
    void theSameNameInAnotherCommuneIsAllowed() {
        units.saveVillage(clerk, null, COMMUNE, "Thôn 1", null, null);
        units.saveVillage(clerk, null, OTHER_COMMUNE, "Thôn 1", null, null);

        assertThat(units.villagesOf(List.of(COMMUNE, OTHER_COMMUNE))).extracting(Village::communeCode)
                .containsExactly(COMMUNE, OTHER_COMMUNE);
    }

    @Test
    void editingAVillageKeepsItsIdAndMayKeepItsName() {
        Village v = units.saveVillage(officer, null, COMMUNE, "Thôn Hoà Bình", null, null);

        Village same = units.saveVillage(officer, v.meta().id(), COMMUNE, "Thôn Hòa Bình", null,
                LocalDate.of(2025, 6, 30));

        assertThat(same.meta().id()).isEqualTo(v.meta().id());
        assertThat(same.meta().revision().number()).isEqualTo(2);
        assertThat(units.villagesOf(List.of(COMMUNE))).singleElement().satisfies(found -> {
            assertThat(found.name()).isEqualTo("Thôn Hòa Bình");
            assertThat(found.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        });
    }

    @Test
    void villageNamesAreRequiredAndAtMost200Characters() {
        String longest = "Thôn " + "Đắk Rơ Wang ".repeat(20).substring(0, 195);
        assertThat(longest).hasSize(200);

        Village saved = units.saveVillage(officer, null, COMMUNE, longest, null, null);

        assertThat(units.villagesOf(List.of(COMMUNE))).containsExactly(saved);
        assertViolation(() -> units.saveVillage(officer, null, COMMUNE, longest + "x", null, null),
                Violation.of("name", "validation.text.too-long", 200));
        assertViolation(() -> units.saveVillage(officer, null, COMMUNE, " \n", null, null),
                Violation.of("name", "validation.name.required"));
        assertViolation(() -> units.saveVillage(officer, null, COMMUNE, "Thôn 2", LocalDate.of(2025, 1, 2),
                LocalDate.of(2025, 1, 1)), Violation.of("validTo", "validation.unit.valid-to.before-from"));
    }

    @Test
    void aVillageWhereHouseholdsLiveCannotBeDeleted() {
        Village v = units.saveVillage(officer, null, COMMUNE, "Thôn Kon Klor", null, null);
        Household h = services.households().save(officer, COMMUNE,
                Fixtures.draft(null, Fixtures.details("1", v.meta().id()), Fixtures.family("Nguyễn Văn An")));

        assertViolation(() -> units.deleteVillage(officer, v.meta().id()),
                Violation.of("village", "validation.village.in-use", 1));
        assertThat(units.villagesOf(List.of(COMMUNE))).hasSize(1);

        services.households().delete(officer, h.id());
        units.deleteVillage(officer, v.meta().id());

        assertThat(units.villagesOf(List.of(COMMUNE))).isEmpty();
        Fixtures.Tracking row = Fixtures.tracking(services.location(), "village", v.meta().id()).orElseThrow();
        assertThat(row.deleted()).isTrue();
        assertThat(row.rev()).isEqualTo(2);
        assertViolation(() -> units.deleteVillage(officer, v.meta().id()),
                Violation.of("village", "validation.village.gone"));
    }

    @Test
    void aVillageOfAnotherCommuneCannotBeDeletedByAnOfficer() {
        Village v = units.saveVillage(clerk, null, OTHER_COMMUNE, "Thôn 1", null, null);

        assertThatThrownBy(() -> units.deleteVillage(officer, v.meta().id())).isInstanceOf(AccessDeniedException.class);
        assertThat(units.villagesOf(List.of(OTHER_COMMUNE))).hasSize(1);
        assertViolation(() -> units.deleteVillage(officer, UUID.randomUUID()),
                Violation.of("village", "validation.village.gone"));
    }
}
