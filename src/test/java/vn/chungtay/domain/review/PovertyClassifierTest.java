package vn.chungtay.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static vn.chungtay.domain.household.Area.RURAL;
import static vn.chungtay.domain.household.Area.URBAN;
import static vn.chungtay.domain.review.PovertyClass.AVERAGE;
import static vn.chungtay.domain.review.PovertyClass.NEAR_POOR;
import static vn.chungtay.domain.review.PovertyClass.NOT_POOR;
import static vn.chungtay.domain.review.PovertyClass.POOR;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.review.ShippedStandards;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;

/**
 * Every rule of the three shipped standards at, one VND below and one VND above each threshold, in both areas, with
 * the reason each answer gives (DOMAIN.md §1). Expected values are written out, not derived from the standard.
 */
class PovertyClassifierTest {

    private static final ShippedStandards SHIPPED = ShippedStandards.load();
    private static final Messages VI = new Messages(Messages.VIETNAMESE);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    private static StandardDetails standard(String code) {
        return SHIPPED.find(code).orElseThrow();
    }

    /** The first {@code n} indicator codes of the standard: a household lacking n indicators. */
    private static List<String> lacking(StandardDetails standard, int n) {
        return standard.indicators().stream().limit(n).map(Indicator::code).toList();
    }

    private static Classification byIncome(String code, Area area, long income, int deprivations) {
        StandardDetails s = standard(code);
        return PovertyClassifier.classify(s, area, new Evidence.Income(income), lacking(s, deprivations));
    }

    private static Classification byB1(String code, Area area, int b1, int deprivations) {
        StandardDetails s = standard(code);
        return PovertyClassifier.classify(s, area, new Evidence.B1Score(b1), lacking(s, deprivations));
    }

    private static Arguments row(String code, Area area, long income, int deprivations, PovertyClass expected,
                                 String reasonKey, Object... reasonArgs) {
        return arguments(code, area, income, deprivations, expected, reasonKey, List.of(reasonArgs));
    }

    // ---- 2016–2020: income OR deprivation -------------------------------------------------------------------

    static Stream<Arguments> rule2016() {
        return Stream.of(
                // rural: poverty line 700,000, near-poverty line 1,000,000
                row("2016-2020", RURAL, 699_999, 0, POOR, "review.reason.or.poor-income", 699_999L, 700_000L),
                row("2016-2020", RURAL, 700_000, 0, POOR, "review.reason.or.poor-income", 700_000L, 700_000L),
                row("2016-2020", RURAL, 0, 0, POOR, "review.reason.or.poor-income", 0L, 700_000L),
                row("2016-2020", RURAL, 700_001, 3, POOR, "review.reason.or.poor-deprived",
                        700_000L, 700_001L, 1_000_000L, 3, 3),
                row("2016-2020", RURAL, 700_001, 2, NEAR_POOR, "review.reason.or.near-poor",
                        700_000L, 700_001L, 1_000_000L, 2, 3),
                row("2016-2020", RURAL, 700_001, 0, NEAR_POOR, "review.reason.or.near-poor",
                        700_000L, 700_001L, 1_000_000L, 0, 3),
                row("2016-2020", RURAL, 999_999, 4, POOR, "review.reason.or.poor-deprived",
                        700_000L, 999_999L, 1_000_000L, 4, 3),
                row("2016-2020", RURAL, 1_000_000, 3, POOR, "review.reason.or.poor-deprived",
                        700_000L, 1_000_000L, 1_000_000L, 3, 3),
                row("2016-2020", RURAL, 1_000_000, 2, NEAR_POOR, "review.reason.or.near-poor",
                        700_000L, 1_000_000L, 1_000_000L, 2, 3),
                row("2016-2020", RURAL, 1_000_001, 0, NOT_POOR, "review.reason.above", 1_000_001L, 1_000_000L),
                row("2016-2020", RURAL, 1_000_001, 10, NOT_POOR, "review.reason.above", 1_000_001L, 1_000_000L),
                // urban: poverty line 900,000, near-poverty line 1,300,000
                row("2016-2020", URBAN, 899_999, 0, POOR, "review.reason.or.poor-income", 899_999L, 900_000L),
                row("2016-2020", URBAN, 900_000, 0, POOR, "review.reason.or.poor-income", 900_000L, 900_000L),
                row("2016-2020", URBAN, 900_001, 3, POOR, "review.reason.or.poor-deprived",
                        900_000L, 900_001L, 1_300_000L, 3, 3),
                row("2016-2020", URBAN, 900_001, 2, NEAR_POOR, "review.reason.or.near-poor",
                        900_000L, 900_001L, 1_300_000L, 2, 3),
                row("2016-2020", URBAN, 1_300_000, 3, POOR, "review.reason.or.poor-deprived",
                        900_000L, 1_300_000L, 1_300_000L, 3, 3),
                row("2016-2020", URBAN, 1_300_000, 2, NEAR_POOR, "review.reason.or.near-poor",
                        900_000L, 1_300_000L, 1_300_000L, 2, 3),
                row("2016-2020", URBAN, 1_300_001, 10, NOT_POOR, "review.reason.above", 1_300_001L, 1_300_000L),
                // the same income is poor in town but only near-poor in the country, and vice versa further up
                row("2016-2020", URBAN, 800_000, 0, POOR, "review.reason.or.poor-income", 800_000L, 900_000L),
                row("2016-2020", RURAL, 800_000, 0, NEAR_POOR, "review.reason.or.near-poor",
                        700_000L, 800_000L, 1_000_000L, 0, 3),
                row("2016-2020", RURAL, 1_300_000, 0, NOT_POOR, "review.reason.above", 1_300_000L, 1_000_000L));
    }

    @ParameterizedTest(name = "2016–2020 {1} income {2}, lacking {3} → {4}")
    @MethodSource("rule2016")
    void theRuleOf2016IsIncomeOrDeprivation(String code, Area area, long income, int deprivations,
                                            PovertyClass expected, String reasonKey, List<Object> reasonArgs) {
        Classification c = byIncome(code, area, income, deprivations);

        assertThat(c.povertyClass()).isEqualTo(expected);
        assertThat(c.reasonKey()).isEqualTo(reasonKey);
        assertThat(c.reasonArgs()).isEqualTo(reasonArgs);
    }

    // ---- 2022–2025 and 2027–2030: income AND deprivation -----------------------------------------------------

    static Stream<Arguments> rule2022() {
        return Stream.of(
                // rural: line 1,500,000, average band up to 2,250,000
                row("2022-2025", RURAL, 1_500_000, 3, POOR, "review.reason.and.poor", 1_500_000L, 1_500_000L, 3, 3),
                row("2022-2025", RURAL, 1_500_000, 2, NEAR_POOR, "review.reason.and.near-poor",
                        1_500_000L, 1_500_000L, 2, 3),
                row("2022-2025", RURAL, 1_500_000, 4, POOR, "review.reason.and.poor", 1_500_000L, 1_500_000L, 4, 3),
                row("2022-2025", RURAL, 1_499_999, 3, POOR, "review.reason.and.poor", 1_499_999L, 1_500_000L, 3, 3),
                row("2022-2025", RURAL, 1_499_999, 2, NEAR_POOR, "review.reason.and.near-poor",
                        1_499_999L, 1_500_000L, 2, 3),
                row("2022-2025", RURAL, 0, 0, NEAR_POOR, "review.reason.and.near-poor", 0L, 1_500_000L, 0, 3),
                row("2022-2025", RURAL, 1_500_001, 3, AVERAGE, "review.reason.average",
                        1_500_000L, 1_500_001L, 2_250_000L),
                row("2022-2025", RURAL, 1_500_001, 12, AVERAGE, "review.reason.average",
                        1_500_000L, 1_500_001L, 2_250_000L),
                row("2022-2025", RURAL, 2_250_000, 0, AVERAGE, "review.reason.average",
                        1_500_000L, 2_250_000L, 2_250_000L),
                row("2022-2025", RURAL, 2_250_001, 0, NOT_POOR, "review.reason.above", 2_250_001L, 2_250_000L),
                // urban: line 2,000,000, average band up to 3,000,000
                row("2022-2025", URBAN, 2_000_000, 3, POOR, "review.reason.and.poor", 2_000_000L, 2_000_000L, 3, 3),
                row("2022-2025", URBAN, 2_000_000, 2, NEAR_POOR, "review.reason.and.near-poor",
                        2_000_000L, 2_000_000L, 2, 3),
                row("2022-2025", URBAN, 1_999_999, 3, POOR, "review.reason.and.poor", 1_999_999L, 2_000_000L, 3, 3),
                row("2022-2025", URBAN, 2_000_001, 3, AVERAGE, "review.reason.average",
                        2_000_000L, 2_000_001L, 3_000_000L),
                row("2022-2025", URBAN, 3_000_000, 0, AVERAGE, "review.reason.average",
                        2_000_000L, 3_000_000L, 3_000_000L),
                row("2022-2025", URBAN, 3_000_001, 0, NOT_POOR, "review.reason.above", 3_000_001L, 3_000_000L),
                // the rural line is not the urban one
                row("2022-2025", URBAN, 1_800_000, 3, POOR, "review.reason.and.poor", 1_800_000L, 2_000_000L, 3, 3),
                row("2022-2025", RURAL, 1_800_000, 3, AVERAGE, "review.reason.average",
                        1_500_000L, 1_800_000L, 2_250_000L),
                // 2027–2030: rural 2,200,000, urban 2,800,000, no average band
                row("2027-2030", RURAL, 2_200_000, 3, POOR, "review.reason.and.poor", 2_200_000L, 2_200_000L, 3, 3),
                row("2027-2030", RURAL, 2_200_000, 2, NEAR_POOR, "review.reason.and.near-poor",
                        2_200_000L, 2_200_000L, 2, 3),
                row("2027-2030", RURAL, 2_199_999, 3, POOR, "review.reason.and.poor", 2_199_999L, 2_200_000L, 3, 3),
                row("2027-2030", RURAL, 2_199_999, 0, NEAR_POOR, "review.reason.and.near-poor",
                        2_199_999L, 2_200_000L, 0, 3),
                row("2027-2030", RURAL, 2_200_001, 3, NOT_POOR, "review.reason.above", 2_200_001L, 2_200_000L),
                row("2027-2030", RURAL, 2_200_001, 13, NOT_POOR, "review.reason.above", 2_200_001L, 2_200_000L),
                row("2027-2030", URBAN, 2_800_000, 3, POOR, "review.reason.and.poor", 2_800_000L, 2_800_000L, 3, 3),
                row("2027-2030", URBAN, 2_800_000, 2, NEAR_POOR, "review.reason.and.near-poor",
                        2_800_000L, 2_800_000L, 2, 3),
                row("2027-2030", URBAN, 2_799_999, 3, POOR, "review.reason.and.poor", 2_799_999L, 2_800_000L, 3, 3),
                row("2027-2030", URBAN, 2_800_001, 3, NOT_POOR, "review.reason.above", 2_800_001L, 2_800_000L));
    }

    @ParameterizedTest(name = "{0} {1} income {2}, lacking {3} → {4}")
    @MethodSource("rule2022")
    void theRulesFrom2022AreIncomeAndDeprivation(String code, Area area, long income, int deprivations,
                                                 PovertyClass expected, String reasonKey, List<Object> reasonArgs) {
        Classification c = byIncome(code, area, income, deprivations);

        assertThat(c.povertyClass()).isEqualTo(expected);
        assertThat(c.reasonKey()).isEqualTo(reasonKey);
        assertThat(c.reasonArgs()).isEqualTo(reasonArgs);
    }

    @ParameterizedTest(name = "{0}: low income alone is never poor")
    @ValueSource(strings = {"2022-2025", "2027-2030"})
    void underTheAndRuleIncomeAloneNeverMakesAHouseholdPoor(String code) {
        for (Area area : Area.values()) {
            for (int deprivations = 0; deprivations < 3; deprivations++) {
                assertThat(byIncome(code, area, 0, deprivations).povertyClass()).as("%s %s", area, deprivations)
                        .isEqualTo(NEAR_POOR);
            }
            assertThat(byIncome(code, area, 0, 3).povertyClass()).isEqualTo(POOR);
        }
    }

    @Test
    void underTheOrRuleIncomeAloneMakesAHouseholdPoorButDeprivationsAloneDoNot() {
        assertThat(byIncome("2016-2020", RURAL, 0, 0).povertyClass()).isEqualTo(POOR);
        assertThat(byIncome("2016-2020", URBAN, 0, 0).povertyClass()).isEqualTo(POOR);
        assertThat(byIncome("2016-2020", RURAL, 1_000_001, 10).povertyClass()).isEqualTo(NOT_POOR);
        assertThat(byIncome("2016-2020", URBAN, 1_300_001, 10).povertyClass()).isEqualTo(NOT_POOR);
    }

    @Test
    void aStandardWithoutAnAverageBandNeverGivesTheAverageClass() {
        for (String code : List.of("2016-2020", "2027-2030")) {
            for (Area area : Area.values()) {
                AreaLines lines = standard(code).lines(area);
                assertThat(lines.averageUpper()).isNull();
                assertThat(byIncome(code, area, lines.nearPoorUpper() + 1, 0).povertyClass()).isEqualTo(NOT_POOR);
                assertThat(byIncome(code, area, lines.nearPoorUpper() * 3, 0).povertyClass()).isEqualTo(NOT_POOR);
            }
        }
    }

    @Test
    void anIndicatorListedTwiceCountsOnce() {
        StandardDetails s = standard("2022-2025");

        Classification c = PovertyClassifier.classify(s, RURAL, new Evidence.Income(1_000_000),
                List.of("water", "water", "latrine", "latrine"));

        assertThat(c.povertyClass()).isEqualTo(NEAR_POOR);
        assertThat(c.reasonArgs()).isEqualTo(List.of(1_000_000L, 1_500_000L, 2, 3));
    }

    // ---- B1/B2 scores (Circular 07/2021) ---------------------------------------------------------------------

    static Stream<Arguments> b1Scores() {
        return Stream.of(
                arguments(RURAL, 140, 3, POOR, "review.reason.b1.poor", List.of(140, 140, 30, 30)),
                arguments(RURAL, 140, 4, POOR, "review.reason.b1.poor", List.of(140, 140, 40, 30)),
                arguments(RURAL, 140, 2, NEAR_POOR, "review.reason.b1.near-poor", List.of(140, 140, 20, 30)),
                arguments(RURAL, 139, 3, POOR, "review.reason.b1.poor", List.of(139, 140, 30, 30)),
                arguments(RURAL, 0, 0, NEAR_POOR, "review.reason.b1.near-poor", List.of(0, 140, 0, 30)),
                arguments(RURAL, 141, 3, NOT_POOR, "review.reason.b1.above", List.of(141, 140)),
                arguments(RURAL, 141, 12, NOT_POOR, "review.reason.b1.above", List.of(141, 140)),
                arguments(URBAN, 175, 3, POOR, "review.reason.b1.poor", List.of(175, 175, 30, 30)),
                arguments(URBAN, 175, 2, NEAR_POOR, "review.reason.b1.near-poor", List.of(175, 175, 20, 30)),
                arguments(URBAN, 174, 3, POOR, "review.reason.b1.poor", List.of(174, 175, 30, 30)),
                arguments(URBAN, 176, 3, NOT_POOR, "review.reason.b1.above", List.of(176, 175)),
                // a rural score above 140 is still within the urban limit
                arguments(URBAN, 150, 3, POOR, "review.reason.b1.poor", List.of(150, 175, 30, 30)),
                arguments(RURAL, 150, 3, NOT_POOR, "review.reason.b1.above", List.of(150, 140)));
    }

    @ParameterizedTest(name = "2022–2025 {0} B1 {1}, lacking {2} → {3}")
    @MethodSource("b1Scores")
    void theB1AndB2ScoresOf2022(Area area, int b1, int deprivations, PovertyClass expected, String reasonKey,
                                List<Object> reasonArgs) {
        Classification c = byB1("2022-2025", area, b1, deprivations);

        assertThat(c.povertyClass()).isEqualTo(expected);
        assertThat(c.reasonKey()).isEqualTo(reasonKey);
        assertThat(c.reasonArgs()).isEqualTo(reasonArgs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-2020", "2027-2030"})
    void aStandardWithoutB1ThresholdsRefusesAScore(String code) {
        for (Area area : Area.values()) {
            assertThatThrownBy(() -> byB1(code, area, 100, 3))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .containsExactly(Violation.of("b1", "validation.review.b1.unavailable", code)));
        }
    }

    @Test
    void aNegativeScoreIsRefused() {
        assertThatThrownBy(() -> byB1("2022-2025", RURAL, -1, 3))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("b1", "validation.review.b1.negative")));
    }

    // ---- refusals ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"2016-2020", "2022-2025", "2027-2030"})
    void aNegativeIncomeIsRefused(String code) {
        assertThatThrownBy(() -> byIncome(code, RURAL, -1, 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("income", "validation.review.income.negative")));
        assertThat(byIncome(code, RURAL, 0, 0).povertyClass()).as("zero is a valid income").isIn(POOR, NEAR_POOR);
    }

    static Stream<Arguments> foreignIndicators() {
        return Stream.of(arguments("2016-2020", "employment"), arguments("2016-2020", "nutrition"),
                arguments("2022-2025", "waste-treatment"), arguments("2022-2025", "medical-services"),
                arguments("2027-2030", "medical-services"), arguments("2027-2030", "no-such-indicator"));
    }

    @ParameterizedTest(name = "{0} has no {1}")
    @MethodSource("foreignIndicators")
    void anIndicatorTheStandardLacksIsRefused(String code, String indicator) {
        StandardDetails s = standard(code);
        assertThat(s.indicator(indicator)).isEmpty();

        assertThatThrownBy(() -> PovertyClassifier.classify(s, URBAN, new Evidence.Income(100_000),
                List.of("water", indicator)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("lacking", "validation.review.indicator.unknown", indicator,
                                code)));
    }

    @Test
    void theNewIndicatorsBelongToTheirStandards() {
        assertThat(standard("2016-2020").indicators()).hasSize(10);
        assertThat(standard("2022-2025").indicators()).hasSize(12);
        assertThat(standard("2027-2030").indicators()).hasSize(13);
        StandardDetails s2027 = standard("2027-2030");
        Classification c = PovertyClassifier.classify(s2027, RURAL, new Evidence.Income(2_000_000),
                List.of("waste-treatment", "employment", "nutrition"));
        assertThat(c.povertyClass()).isEqualTo(POOR);
        Classification d = PovertyClassifier.classify(standard("2016-2020"), RURAL, new Evidence.Income(800_000),
                List.of("medical-services", "housing-area", "telecom"));
        assertThat(d.povertyClass()).isEqualTo(POOR);
    }

    // ---- the reason as a person reads it ---------------------------------------------------------------------

    private static String vi(Classification c) {
        return VI.get(c.reasonKey(), c.reasonArgs().toArray());
    }

    @Test
    void theReasonReadsInVietnameseWithVietnameseThousandsSeparators() {
        assertThat(vi(byIncome("2022-2025", RURAL, 1_400_000, 3)))
                .isEqualTo("thu nhập 1.400.000 ≤ 1.500.000 và thiếu hụt 3 ≥ 3 → hộ nghèo");
        assertThat(vi(byIncome("2022-2025", URBAN, 1_999_999, 1)))
                .isEqualTo("thu nhập 1.999.999 ≤ 2.000.000 và thiếu hụt 1 < 3 → hộ cận nghèo");
        assertThat(vi(byIncome("2022-2025", RURAL, 2_000_000, 0)))
                .isEqualTo("1.500.000 < thu nhập 2.000.000 ≤ 2.250.000 → hộ có mức sống trung bình");
        assertThat(vi(byIncome("2022-2025", URBAN, 3_000_001, 0)))
                .isEqualTo("thu nhập 3.000.001 > 3.000.000 → không thuộc diện nghèo, cận nghèo");
        assertThat(vi(byIncome("2016-2020", RURAL, 650_000, 0)))
                .isEqualTo("thu nhập 650.000 ≤ chuẩn nghèo 700.000 → hộ nghèo");
        assertThat(vi(byIncome("2016-2020", RURAL, 800_000, 3)))
                .isEqualTo("700.000 < thu nhập 800.000 ≤ 1.000.000 và thiếu hụt 3 ≥ 3 → hộ nghèo");
        assertThat(vi(byIncome("2016-2020", URBAN, 1_000_000, 2)))
                .isEqualTo("900.000 < thu nhập 1.000.000 ≤ 1.300.000 và thiếu hụt 2 < 3 → hộ cận nghèo");
        assertThat(vi(byB1("2022-2025", RURAL, 120, 3)))
                .isEqualTo("điểm B1 120 ≤ 140 và điểm B2 30 ≥ 30 → hộ nghèo");
        assertThat(vi(byB1("2022-2025", URBAN, 176, 0)))
                .isEqualTo("điểm B1 176 > 175 → không thuộc diện nghèo, cận nghèo");
    }

    @Test
    void theReasonReadsInEnglishToo() {
        Classification c = byIncome("2022-2025", RURAL, 1_400_000, 3);

        assertThat(EN.get(c.reasonKey(), c.reasonArgs().toArray()))
                .isEqualTo("income 1,400,000 ≤ 1,500,000 and deprivations 3 ≥ 3 → poor");
        assertThat(VI.get(c.povertyClass().messageKey())).isEqualTo("Hộ nghèo");
        assertThat(EN.get(c.povertyClass().messageKey())).isEqualTo("Poor");
    }
}
