package vn.chungtay.domain.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chungtay.testsupport.Fixtures.TODAY;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.testsupport.Fixtures;

/**
 * Every rule of {@link SupportRules} at its boundary and just beside it: the day (today, tomorrow, the first day of
 * 2000 and the one before), the catalogue (known, of the programme, retired for new records only), amounts (zero, one,
 * minus one, the largest allowed and one more), goods (item, quantity, unit), a loan's terms (term, rate, balance at
 * and beyond their limits), the period's order and the lengths of texts.
 */
class SupportRulesTest {

    private static final String FUND = "QUY-VI-NGUOI-NGHEO";
    private static final String TET = "fund-tet-visit";
    private static final String HOUSING = "fund-housing";
    private static final String P102 = "QD102";
    private static final String LIVESTOCK = "qd102-livestock";
    private static final String BANK = "NHCSXH";
    private static final String LOAN = "credit-poor";
    private static final String OLD = "CU";
    private static final String OLD_KIND = "cu-gao";
    private static final String STOPPED_KIND = "fund-stopped";

    private final SupportRules rules = new SupportRules(
            List.of(programme(FUND, false), programme(P102, false), programme(BANK, false), programme(OLD, true)),
            List.of(kind(TET, FUND, SupportForm.VISIT, false), kind(HOUSING, FUND, SupportForm.CASH, false),
                    kind(STOPPED_KIND, FUND, SupportForm.CASH, true), kind(LIVESTOCK, P102, SupportForm.IN_KIND, false),
                    kind(LOAN, BANK, SupportForm.CREDIT, false), kind(OLD_KIND, OLD, SupportForm.IN_KIND, false)));

    private static Programme programme(String code, boolean retired) {
        return new Programme(Fixtures.meta(UUID.nameUUIDFromBytes(code.getBytes()), "00"), code, "Chương trình " + code,
                null, null, retired);
    }

    private static SupportKind kind(String code, String programme, SupportForm form, boolean retired) {
        return new SupportKind(Fixtures.meta(UUID.nameUUIDFromBytes(code.getBytes()), "00"), code, programme,
                "Loại " + code, null, form, retired);
    }

    /** A Tết visit with a gift of 500,000 đồng today: valid. */
    private static SupportDetails visit() {
        return new SupportDetails(TODAY, FUND, TET, SupportForm.VISIT, 500_000, "", null, "",
                FundingSource.FUND_FOR_THE_POOR, null, null, null, "");
    }

    /** A cow given in kind: valid. */
    private static SupportDetails cow() {
        return new SupportDetails(TODAY, P102, LIVESTOCK, SupportForm.IN_KIND, 15_000_000, "Bò giống",
                BigDecimal.ONE, "con", FundingSource.CENTRAL_BUDGET, null, null, null, "");
    }

    /** A loan of 50 million over 60 months at 0.55 % a month, 30 million still owed: valid. */
    private static SupportDetails loan() {
        return new SupportDetails(TODAY, BANK, LOAN, SupportForm.CREDIT, 50_000_000, "", null, "",
                FundingSource.SOCIAL_POLICY_BANK, null, null, new Credit(60, new BigDecimal("0.55"), 30_000_000), "");
    }

    /** A house built with money: valid. */
    private static SupportDetails cash() {
        return new SupportDetails(TODAY, FUND, HOUSING, SupportForm.CASH, 40_000_000, "", null, "",
                FundingSource.FUND_FOR_THE_POOR, null, null, null, "");
    }

    private List<Violation> newRecord(SupportDetails d) {
        return rules.violations(d, TODAY, true);
    }

    private static SupportDetails on(SupportDetails d, LocalDate date) {
        return new SupportDetails(date, d.programmeCode(), d.kindCode(), d.form(), d.amountVnd(), d.item(),
                d.quantity(), d.unit(), d.source(), d.periodFrom(), d.periodTo(), d.credit(), d.note());
    }

    private static SupportDetails amount(SupportDetails d, long vnd) {
        return new SupportDetails(d.date(), d.programmeCode(), d.kindCode(), d.form(), vnd, d.item(), d.quantity(),
                d.unit(), d.source(), d.periodFrom(), d.periodTo(), d.credit(), d.note());
    }

    private static SupportDetails catalogue(SupportDetails d, String programme, String kind) {
        return new SupportDetails(d.date(), programme, kind, d.form(), d.amountVnd(), d.item(), d.quantity(),
                d.unit(), d.source(), d.periodFrom(), d.periodTo(), d.credit(), d.note());
    }

    private static SupportDetails goods(SupportDetails d, String item, BigDecimal quantity, String unit) {
        return new SupportDetails(d.date(), d.programmeCode(), d.kindCode(), d.form(), d.amountVnd(), item, quantity,
                unit, d.source(), d.periodFrom(), d.periodTo(), d.credit(), d.note());
    }

    private static SupportDetails credit(SupportDetails d, Credit credit) {
        return new SupportDetails(d.date(), d.programmeCode(), d.kindCode(), d.form(), d.amountVnd(), d.item(),
                d.quantity(), d.unit(), d.source(), d.periodFrom(), d.periodTo(), credit, d.note());
    }

    private static SupportDetails loanTerms(int months, String rate, long outstanding) {
        return credit(loan(), new Credit(months, new BigDecimal(rate), outstanding));
    }

    private static SupportDetails period(SupportDetails d, LocalDate from, LocalDate to) {
        return new SupportDetails(d.date(), d.programmeCode(), d.kindCode(), d.form(), d.amountVnd(), d.item(),
                d.quantity(), d.unit(), d.source(), from, to, d.credit(), d.note());
    }

    private static SupportDetails note(SupportDetails d, String note) {
        return new SupportDetails(d.date(), d.programmeCode(), d.kindCode(), d.form(), d.amountVnd(), d.item(),
                d.quantity(), d.unit(), d.source(), d.periodFrom(), d.periodTo(), d.credit(), note);
    }

    @Test
    void eachFormHasAValidExample() {
        assertThat(newRecord(visit())).isEmpty();
        assertThat(newRecord(cow())).isEmpty();
        assertThat(newRecord(loan())).isEmpty();
        assertThat(newRecord(cash())).isEmpty();
        SupportDetails service = new SupportDetails(TODAY, FUND, TET, SupportForm.SERVICE, 0, "", null, "",
                FundingSource.LOCAL_BUDGET, null, null, null, "");
        assertThat(newRecord(service)).as("a service of unknown value").isEmpty();
    }

    // ---- the day --------------------------------------------------------------------------------------------

    @Test
    void todayIsAllowedAndTomorrowIsInTheFuture() {
        assertThat(newRecord(on(visit(), TODAY))).isEmpty();
        assertThat(newRecord(on(visit(), TODAY.minusDays(1)))).isEmpty();
        assertThat(newRecord(on(visit(), TODAY.plusDays(1))))
                .containsExactly(Violation.of("date", "validation.support.date.future"));
        assertThat(newRecord(on(visit(), TODAY.plusYears(1))))
                .containsExactly(Violation.of("date", "validation.support.date.future"));
    }

    @Test
    void theFutureIsJudgedOnTheDayGiven() {
        SupportDetails tomorrow = on(visit(), TODAY.plusDays(1));
        assertThat(rules.violations(tomorrow, TODAY.plusDays(1), true)).isEmpty();
        assertThat(rules.violations(tomorrow, TODAY, false)).as("a correction may not move it into the future either")
                .containsExactly(Violation.of("date", "validation.support.date.future"));
    }

    @Test
    void theFirstDayOf2000IsTheEarliest() {
        assertThat(newRecord(on(visit(), LocalDate.of(2000, 1, 1)))).isEmpty();
        assertThat(newRecord(on(visit(), LocalDate.of(1999, 12, 31))))
                .containsExactly(Violation.of("date", "validation.support.date.too-old", 2000));
    }

    @Test
    void theDayIsRequired() {
        assertThat(newRecord(on(visit(), null)))
                .containsExactly(Violation.of("date", "validation.support.date.required"));
    }

    // ---- the catalogue --------------------------------------------------------------------------------------

    @Test
    void programmeAndKindAreRequired() {
        assertThat(newRecord(catalogue(visit(), "", ""))).containsExactly(
                Violation.of("programme", "validation.support.programme.required"),
                Violation.of("kind", "validation.support.kind.required"));
        assertThat(newRecord(catalogue(visit(), FUND, ""))).containsExactly(
                Violation.of("kind", "validation.support.kind.required"));
    }

    @Test
    void unknownCodesAreNamed() {
        assertThat(newRecord(catalogue(visit(), "KHONG-CO", TET))).containsExactly(
                Violation.of("programme", "validation.support.programme.unknown", "KHONG-CO"));
        assertThat(newRecord(catalogue(visit(), FUND, "khong-co"))).containsExactly(
                Violation.of("kind", "validation.support.kind.unknown", "khong-co"));
    }

    @Test
    void aKindMustBelongToTheProgramme() {
        assertThat(newRecord(catalogue(visit(), P102, TET))).containsExactly(
                Violation.of("kind", "validation.support.kind.unknown", TET));
    }

    @Test
    void retiredEntriesTakeNoNewRecordsButOldRecordsKeepThem() {
        SupportDetails oldRiceInKind = new SupportDetails(TODAY, OLD, OLD_KIND, SupportForm.IN_KIND,
                0, "Gạo", BigDecimal.TEN, "kg", FundingSource.LOCAL_BUDGET, null, null, null, "");
        assertThat(newRecord(oldRiceInKind)).containsExactly(
                Violation.of("programme", "validation.support.programme.retired", "Chương trình " + OLD));
        assertThat(rules.violations(oldRiceInKind, TODAY, false)).isEmpty();

        SupportDetails stopped = catalogue(cash(), FUND, STOPPED_KIND);
        assertThat(newRecord(stopped)).containsExactly(
                Violation.of("kind", "validation.support.kind.retired", "Loại " + STOPPED_KIND));
        assertThat(rules.violations(stopped, TODAY, false)).isEmpty();
    }

    @Test
    void formAndSourceAreRequired() {
        SupportDetails d = new SupportDetails(TODAY, FUND, TET, null, 0, "", null, "", null, null, null, null, "");
        assertThat(newRecord(d)).extracting(Violation::field, Violation::messageKey).containsExactly(
                tuple("form", "validation.support.form.required"),
                tuple("source", "validation.support.source.required"));
    }

    // ---- amounts --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SupportForm.class)
    void noFormTakesANegativeAmount(SupportForm form) {
        SupportDetails example = switch (form) {
            case CASH -> cash();
            case IN_KIND -> cow();
            case CREDIT -> loan();
            case SERVICE, VISIT -> visit();
        };
        SupportDetails d = new SupportDetails(example.date(), example.programmeCode(), example.kindCode(), form, -1,
                example.item(), example.quantity(), example.unit(), example.source(), null, null, example.credit(),
                "");
        assertThat(newRecord(d)).contains(Violation.of("amount", "validation.support.amount.negative"));
        assertThat(newRecord(amount(d, Long.MIN_VALUE)))
                .contains(Violation.of("amount", "validation.support.amount.negative"));
    }

    @Test
    void zeroIsAVisitWithoutAGiftButNoCashSupportOrLoan() {
        assertThat(newRecord(amount(visit(), 0))).isEmpty();
        assertThat(newRecord(amount(cow(), 0))).as("goods of unknown value").isEmpty();
        assertThat(newRecord(amount(cash(), 0))).containsExactly(
                Violation.of("amount", "validation.support.amount.required"));
        assertThat(newRecord(amount(cash(), 1))).isEmpty();
        assertThat(newRecord(credit(amount(loan(), 0), new Credit(60, new BigDecimal("0.55"), 0))))
                .containsExactly(Violation.of("amount", "validation.support.amount.required"));
        assertThat(newRecord(credit(amount(loan(), 1), new Credit(60, new BigDecimal("0.55"), 1)))).isEmpty();
    }

    @Test
    void tenBillionIsTheLargestSingleSupport() {
        assertThat(newRecord(amount(cash(), 10_000_000_000L))).isEmpty();
        assertThat(newRecord(amount(cash(), 10_000_000_001L))).containsExactly(
                Violation.of("amount", "validation.support.amount.too-large", 10_000_000_000L));
    }

    // ---- goods ----------------------------------------------------------------------------------------------

    @Test
    void goodsNeedAnItemAPositiveQuantityAndAUnit() {
        assertThat(newRecord(goods(cow(), "", null, ""))).containsExactly(
                Violation.of("item", "validation.support.item.required"),
                Violation.of("quantity", "validation.support.quantity.positive"),
                Violation.of("unit", "validation.support.unit.required"));
        assertThat(newRecord(goods(cow(), "Bò giống", BigDecimal.ONE, ""))).containsExactly(
                Violation.of("unit", "validation.support.unit.required"));
        assertThat(newRecord(goods(cow(), "", BigDecimal.ONE, "con"))).containsExactly(
                Violation.of("item", "validation.support.item.required"));
    }

    @Test
    void aQuantityMustBeAboveZero() {
        assertThat(newRecord(goods(cow(), "Gạo", new BigDecimal("0.001"), "kg"))).isEmpty();
        assertThat(newRecord(goods(cow(), "Gạo", BigDecimal.ZERO, "kg"))).containsExactly(
                Violation.of("quantity", "validation.support.quantity.positive"));
        assertThat(newRecord(goods(cow(), "Gạo", new BigDecimal("-0.001"), "kg"))).containsExactly(
                Violation.of("quantity", "validation.support.quantity.positive"));
    }

    @Test
    void aQuantityOutsideGoodsMayBeLeftOutButNotZero() {
        assertThat(newRecord(goods(cash(), "", null, ""))).isEmpty();
        assertThat(newRecord(goods(cash(), "", new BigDecimal("3"), "tháng"))).isEmpty();
        assertThat(newRecord(goods(cash(), "", BigDecimal.ZERO, ""))).containsExactly(
                Violation.of("quantity", "validation.support.quantity.positive"));
    }

    @Test
    void blankTextIsNotAnItemOrAUnitOnceCleaned() {
        SupportDetails blank = SupportRules.normalise(goods(cow(), "   ", BigDecimal.ONE, " \t "));
        assertThat(newRecord(blank)).containsExactly(
                Violation.of("item", "validation.support.item.required"),
                Violation.of("unit", "validation.support.unit.required"));
    }

    // ---- credit ---------------------------------------------------------------------------------------------

    @Test
    void aLoanNeedsItsTerms() {
        assertThat(newRecord(credit(loan(), null))).containsExactly(
                Violation.of("term", "validation.support.credit.required"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 60, 240})
    void aTermFromOneTo240MonthsIsSane(int months) {
        assertThat(newRecord(loanTerms(months, "0.55", 30_000_000))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 241})
    void aTermOutsideOneTo240MonthsIsAMistake(int months) {
        assertThat(newRecord(loanTerms(months, "0.55", 30_000_000))).containsExactly(
                Violation.of("term", "validation.support.credit.term", 240));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.001", "5", "5.000"})
    void aRateFromZeroToFivePercentAMonthIsSane(String rate) {
        assertThat(newRecord(loanTerms(60, rate, 30_000_000))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.001", "5.001", "12"})
    void aRateOutsideZeroToFivePercentIsAMistake(String rate) {
        assertThat(newRecord(loanTerms(60, rate, 30_000_000))).containsExactly(
                Violation.of("rate", "validation.support.credit.rate", new BigDecimal("5")));
    }

    @Test
    void theOutstandingBalanceLiesBetweenZeroAndTheAmountLent() {
        assertThat(newRecord(loanTerms(60, "0.55", 0))).as("repaid").isEmpty();
        assertThat(newRecord(loanTerms(60, "0.55", 50_000_000))).as("nothing repaid yet").isEmpty();
        assertThat(newRecord(loanTerms(60, "0.55", 50_000_001))).containsExactly(
                Violation.of("outstanding", "validation.support.credit.outstanding"));
        assertThat(newRecord(loanTerms(60, "0.55", -1))).containsExactly(
                Violation.of("outstanding", "validation.support.credit.outstanding"));
    }

    @Test
    void everyBadTermIsReportedAtOnce() {
        assertThat(newRecord(loanTerms(0, "6", 60_000_000))).extracting(Violation::field)
                .containsExactly("term", "rate", "outstanding");
    }

    // ---- period and texts -----------------------------------------------------------------------------------

    @Test
    void aPeriodMayNotEndBeforeItStarts() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        assertThat(newRecord(period(cash(), from, from))).isEmpty();
        assertThat(newRecord(period(cash(), from, from.plusDays(1)))).isEmpty();
        assertThat(newRecord(period(cash(), from, null))).as("open-ended").isEmpty();
        assertThat(newRecord(period(cash(), from, from.minusDays(1)))).containsExactly(
                Violation.of("periodTo", "validation.support.period.order"));
    }

    @Test
    void anItemMayHave200CharactersAndANote1000() {
        assertThat(newRecord(goods(cow(), "a".repeat(200), BigDecimal.ONE, "con"))).isEmpty();
        assertThat(newRecord(goods(cow(), "a".repeat(201), BigDecimal.ONE, "con"))).containsExactly(
                Violation.of("item", "validation.text.too-long", 200));
        assertThat(newRecord(note(visit(), "b".repeat(1000)))).isEmpty();
        assertThat(newRecord(note(visit(), "b".repeat(1001)))).containsExactly(Violation.of("note", "validation.text.too-long", 1000));
    }

    @Test
    void normaliseTrimsAndComposesText() {
        String decomposed = Normalizer.normalize("Gạo tẻ", Normalizer.Form.NFD);
        SupportDetails typed = new SupportDetails(TODAY, " " + P102 + " ", LIVESTOCK + "  ", SupportForm.IN_KIND,
                100_000, "  " + decomposed + "  ", BigDecimal.TEN, " kg ", FundingSource.CENTRAL_BUDGET, null, null,
                null, "  Đợt 1 ");
        SupportDetails clean = SupportRules.normalise(typed);
        assertThat(clean.programmeCode()).isEqualTo(P102);
        assertThat(clean.kindCode()).isEqualTo(LIVESTOCK);
        assertThat(clean.item()).isEqualTo("Gạo tẻ");
        assertThat(clean.unit()).isEqualTo("kg");
        assertThat(clean.note()).isEqualTo("Đợt 1");
        assertThat(newRecord(clean)).isEmpty();
        assertThat(newRecord(typed)).as("untrimmed codes are not in the catalogue").isNotEmpty();
    }
}
