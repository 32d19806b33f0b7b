package vn.chungtay.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.RecordMeta;

class UnitTreeTest {

    private static final LocalDate BEFORE_MERGER = LocalDate.of(2025, 6, 30);
    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private static final ChangeStamp STAMP = new ChangeStamp(UUID.randomUUID(), "Nguyễn Văn A",
            Instant.parse("2025-01-01T00:00:00Z"));

    private static AdminUnit unit(String code, UnitLevel level, String name, String parent, LocalDate from,
                                  LocalDate to) {
        String owner = parent != null ? parent : code;
        return new AdminUnit(RecordMeta.born(UUID.randomUUID(), owner, UUID.randomUUID(), STAMP),
                new UnitDetails(code, level, name, parent, from, to));
    }

    /** Kon Tum with two districts, three communes under them, and one commune straight under the province. */
    private static List<AdminUnit> konTum() {
        return List.of(
                unit("62", UnitLevel.PROVINCE, "Kon Tum", null, null, null),
                unit("601", UnitLevel.DISTRICT, "Đắk Glei", "62", null, null),
                unit("602", UnitLevel.DISTRICT, "Ngọc Hồi", "62", null, null),
                unit("23428", UnitLevel.COMMUNE, "Đắk Man", "601", null, null),
                unit("23425", UnitLevel.COMMUNE, "Đắk Pxi", "601", null, null),
                unit("23500", UnitLevel.COMMUNE, "Bờ Y", "602", null, null),
                unit("23700", UnitLevel.COMMUNE, "Xã mới", "62", null, null),
                unit("51", UnitLevel.PROVINCE, "Quảng Ngãi", null, null, null),
                unit("21000", UnitLevel.COMMUNE, "Bình Sơn", "51", null, null));
    }

    private static UnitTree tree(List<AdminUnit> units) {
        return new UnitTree(units, MERGER);
    }

    @Test
    void communesUnderAProvinceIncludeThoseUnderItsDistricts() {
        UnitTree tree = tree(konTum());

        assertThat(tree.communesUnder("62")).containsExactlyInAnyOrder("23425", "23428", "23500", "23700");
        assertThat(tree.communesUnder("51")).containsExactly("21000");
    }

    @Test
    void communesUnderADistrictAreInCodeOrder() {
        assertThat(tree(konTum()).communesUnder("601")).containsExactly("23425", "23428");
        assertThat(tree(konTum()).communesUnder("602")).containsExactly("23500");
    }

    @Test
    void communesUnderACommuneIsTheCommuneItself() {
        assertThat(tree(konTum()).communesUnder("23425")).containsExactly("23425");
    }

    @Test
    void communesUnderAnUnknownCodeIsEmpty() {
        assertThat(tree(konTum()).communesUnder("99")).isEmpty();
        assertThat(tree(List.of()).communesUnder("62")).isEmpty();
    }

    @Test
    void isWithinFollowsParentsUpward() {
        UnitTree tree = tree(konTum());

        assertThat(tree.isWithin("23425", "23425")).isTrue();
        assertThat(tree.isWithin("23425", "601")).isTrue();
        assertThat(tree.isWithin("23425", "62")).isTrue();
        assertThat(tree.isWithin("23700", "62")).isTrue();
        assertThat(tree.isWithin("601", "62")).isTrue();
        assertThat(tree.isWithin("23500", "601")).isFalse();
        assertThat(tree.isWithin("62", "23425")).isFalse();
        assertThat(tree.isWithin("601", "23425")).isFalse();
        assertThat(tree.isWithin("21000", "62")).isFalse();
        assertThat(tree.isWithin("99999", "62")).isFalse();
    }

    @Test
    void pathRunsFromTheProvinceDown() {
        UnitTree tree = tree(konTum());

        assertThat(tree.path("23425")).extracting(AdminUnit::code).containsExactly("62", "601", "23425");
        assertThat(tree.path("23700")).extracting(AdminUnit::code).containsExactly("62", "23700");
        assertThat(tree.path("62")).extracting(AdminUnit::code).containsExactly("62");
        assertThat(tree.path("99999")).isEmpty();
    }

    @Test
    void rootsAndChildrenAreInCodeOrder() {
        UnitTree tree = tree(konTum());

        assertThat(tree.roots()).extracting(AdminUnit::code).containsExactly("51", "62");
        assertThat(tree.children("62")).extracting(AdminUnit::code).containsExactly("23700", "601", "602");
        assertThat(tree.children("23425")).isEmpty();
    }

    @Test
    void aUnitWhoseParentIsMissingIsARoot() {
        UnitTree tree = tree(List.of(unit("23425", UnitLevel.COMMUNE, "Đắk Pxi", "601", null, null)));

        assertThat(tree.roots()).extracting(AdminUnit::code).containsExactly("23425");
        assertThat(tree.isWithin("23425", "601")).isTrue();
        assertThat(tree.path("23425")).extracting(AdminUnit::code).containsExactly("23425");
    }

    @Test
    void aCodeReusedAfterAMergerStandsForTheUnitValidOnTheDay() {
        AdminUnit old = unit("23425", UnitLevel.COMMUNE, "Xã Đắk Pxi", "601", null, BEFORE_MERGER);
        AdminUnit successor = unit("23425", UnitLevel.COMMUNE, "Xã Đắk Pxi mới", "51", MERGER, null);
        List<AdminUnit> units = new ArrayList<>(konTum().subList(0, 4));
        units.add(konTum().get(7));
        units.add(old);
        units.add(successor);

        for (int round = 0; round < 2; round++) {
            UnitTree before = new UnitTree(units, BEFORE_MERGER);
            UnitTree after = new UnitTree(units, MERGER);

            assertThat(before.find("23425")).contains(old);
            assertThat(after.find("23425")).contains(successor);
            assertThat(before.communesUnder("601")).contains("23425");
            assertThat(before.communesUnder("51")).doesNotContain("23425");
            assertThat(after.communesUnder("601")).doesNotContain("23425");
            assertThat(after.communesUnder("51")).contains("23425");
            assertThat(after.path("23425")).extracting(AdminUnit::code).containsExactly("51", "23425");
            assertThat(after.isWithin("23425", "62")).isFalse();
            assertThat(before.isWithin("23425", "62")).isTrue();
            Collections.reverse(units);
        }
    }

    @Test
    void aParentLoopInBadDataEndsInsteadOfHanging() {
        UnitTree tree = tree(List.of(
                unit("601", UnitLevel.DISTRICT, "A", "23425", null, null),
                unit("23425", UnitLevel.COMMUNE, "B", "601", null, null)));

        assertThat(tree.isWithin("23425", "62")).isFalse();
        assertThat(tree.isWithin("23425", "601")).isTrue();
        assertThat(tree.path("23425")).hasSizeLessThanOrEqualTo(UnitLevel.values().length + 1);
        assertThat(tree.communesUnder("601")).containsExactly("23425");
        assertThat(tree.roots()).isEmpty();
    }

    @Test
    void validOnIncludesBothEndDays() {
        AdminUnit u = unit("62", UnitLevel.PROVINCE, "Kon Tum", null, LocalDate.of(1991, 8, 12), BEFORE_MERGER);

        assertThat(u.validOn(LocalDate.of(1991, 8, 11))).isFalse();
        assertThat(u.validOn(LocalDate.of(1991, 8, 12))).isTrue();
        assertThat(u.validOn(BEFORE_MERGER)).isTrue();
        assertThat(u.validOn(MERGER)).isFalse();
    }
}
