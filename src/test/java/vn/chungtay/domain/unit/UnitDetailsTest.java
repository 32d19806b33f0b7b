package vn.chungtay.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chungtay.domain.validation.Violation;

class UnitDetailsTest {

    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "PROVINCE, 62,    ",
        "PROVINCE, 01,    ",
        "DISTRICT, 601,   62",
        "COMMUNE,  23425, 601",
        "COMMUNE,  00001, 01",
    })
    void codesOfTheRightLength(UnitLevel level, String code, String parent) {
        assertThat(new UnitDetails(code, level, "Tên", parent, null, null).violations()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "PROVINCE, 6,      , 2",
        "PROVINCE, 062,    , 2",
        "PROVINCE, 6a,     , 2",
        "DISTRICT, 60,    62, 3",
        "DISTRICT, 6011,  62, 3",
        "COMMUNE,  2342,  62, 5",
        "COMMUNE,  234256, 62, 5",
        "COMMUNE,  '2342 ', 62, 5",
        "COMMUNE,  ２３４２５, 62, 5",
    })
    void codesOfAnotherLengthOrNotDigits(UnitLevel level, String code, String parent, int digits) {
        assertThat(new UnitDetails(code, level, "Tên", parent, null, null).violations())
                .containsExactly(Violation.of("code", "validation.unit.code.digits", digits));
    }

    @Test
    void missingCodeNameAndLevel() {
        assertThat(new UnitDetails(null, UnitLevel.PROVINCE, "Kon Tum", null, null, null).violations())
                .containsExactly(Violation.of("code", "validation.unit.code.digits", 2));
        assertThat(new UnitDetails("62", UnitLevel.PROVINCE, "  ", null, null, null).violations())
                .containsExactly(Violation.of("name", "validation.name.required"));
        assertThat(new UnitDetails("62", null, "Kon Tum", null, null, null).violations())
                .containsExactly(Violation.of("level", "validation.unit.level.required"));
    }

    @Test
    void aProvinceHasNoParentAndEveryOtherUnitHasOne() {
        assertThat(new UnitDetails("62", UnitLevel.PROVINCE, "Kon Tum", "01", null, null).violations())
                .containsExactly(Violation.of("parentCode", "validation.unit.parent.province"));
        assertThat(new UnitDetails("601", UnitLevel.DISTRICT, "Đắk Glei", null, null, null).violations())
                .containsExactly(Violation.of("parentCode", "validation.unit.parent.required"));
        assertThat(new UnitDetails("23425", UnitLevel.COMMUNE, "Đắk Pxi", null, null, null).violations())
                .containsExactly(Violation.of("parentCode", "validation.unit.parent.required"));
    }

    @Test
    void validityMayEndOnItsFirstDayButNotBefore() {
        assertThat(new UnitDetails("62", UnitLevel.PROVINCE, "Kon Tum", null, MERGER, MERGER).violations()).isEmpty();
        assertThat(new UnitDetails("62", UnitLevel.PROVINCE, "Kon Tum", null, MERGER, MERGER.minusDays(1))
                .violations()).containsExactly(Violation.of("validTo", "validation.unit.valid-to.before-from"));
        assertThat(new UnitDetails("62", UnitLevel.PROVINCE, "Kon Tum", null, null, MERGER).violations()).isEmpty();
        assertThat(new UnitDetails("62", UnitLevel.PROVINCE, "Kon Tum", null, MERGER, null).violations()).isEmpty();
    }

    @Test
    void everyProblemIsReported() {
        UnitDetails bad = new UnitDetails("2342", UnitLevel.COMMUNE, "", null, MERGER, MERGER.minusDays(1));

        assertThat(bad.violations()).extracting(Violation::field)
                .containsExactly("code", "name", "parentCode", "validTo");
    }

    @Test
    void nameMayHave200Characters() {
        assertThat(new UnitDetails("62", UnitLevel.PROVINCE, "K".repeat(200), null, null, null).violations())
                .isEmpty();
        assertThat(new UnitDetails("62", UnitLevel.PROVINCE, "K".repeat(201), null, null, null).violations())
                .containsExactly(Violation.of("name", "validation.text.too-long", 200));
    }

    @Test
    void normalisedCleansTextAndDropsABlankParent() {
        UnitDetails typed = new UnitDetails(" 23425 ", UnitLevel.COMMUNE, "  Xã\nĐắk   Pxi ", " 62 ", null, null);
        UnitDetails province = new UnitDetails("62", UnitLevel.PROVINCE, "Kon Tum", "  ", null, null);

        assertThat(typed.normalised()).isEqualTo(new UnitDetails("23425", UnitLevel.COMMUNE, "Xã Đắk Pxi", "62",
                null, null));
        assertThat(province.normalised().parentCode()).isNull();
        assertThat(province.normalised().violations()).isEmpty();
    }

    @Test
    void levelsKnowTheirCodeLengths() {
        assertThat(UnitLevel.ofCodeLength(2)).isEqualTo(UnitLevel.PROVINCE);
        assertThat(UnitLevel.ofCodeLength(3)).isEqualTo(UnitLevel.DISTRICT);
        assertThat(UnitLevel.ofCodeLength(5)).isEqualTo(UnitLevel.COMMUNE);
        assertThat(UnitLevel.ofCodeLength(4)).isNull();
    }
}
