package vn.chungtay.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.identity.IdentityService;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.review.AreaLines;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.Indicator;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.StandardChange;
import vn.chungtay.domain.review.StandardDetails;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Store;
import vn.chungtay.testsupport.Fixtures;

/**
 * The standards as data: shipped into the database once, replaced by a newer shipped revision unless a clerk
 * corrected them, and corrected only where provisional, by a district or province clerk, every field logged.
 */
class StandardServiceTest {

    private AppServices services;
    private StandardService standards;
    private Actor clerk;
    private Actor officer;

    @BeforeEach
    void open() {
        services = Fixtures.services();
        standards = services.standards();
        officer = Fixtures.communeOfficer(services);
        clerk = Fixtures.provinceClerk(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    // ---- a standard with changes, as a clerk's form would give it ------------------------------------------

    static StandardDetails with(StandardDetails d, UnaryOperator<Builder> change) {
        return change.apply(new Builder(d)).build();
    }

    /** A mutable copy of a standard's details. */
    static final class Builder {
        String name;
        int firstYear;
        int lastYear;
        int threshold;
        Map<Area, AreaLines> lines;
        List<Indicator> indicators;
        private final StandardDetails d;

        Builder(StandardDetails d) {
            this.d = d;
            name = d.name();
            firstYear = d.firstYear();
            lastYear = d.lastYear();
            threshold = d.deprivationThreshold();
            lines = new EnumMap<>(d.lines());
            indicators = new ArrayList<>(d.indicators());
        }

        Builder name(String value) {
            name = value;
            return this;
        }

        Builder years(int first, int last) {
            firstYear = first;
            lastYear = last;
            return this;
        }

        Builder threshold(int value) {
            threshold = value;
            return this;
        }

        Builder lines(Area area, AreaLines value) {
            lines.put(area, value);
            return this;
        }

        Builder indicators(UnaryOperator<List<Indicator>> change) {
            indicators = change.apply(new ArrayList<>(indicators));
            return this;
        }

        StandardDetails build() {
            return new StandardDetails(d.code(), name, d.legalBasis(), firstYear, lastYear, d.provisional(), d.rule(),
                    threshold, lines, indicators, d.pointsPerIndicator(), d.b2Threshold());
        }
    }

    private StandardDetails current(String code) {
        return standards.find(code).orElseThrow().details();
    }

    private static void refused(ThrowingCallable action, Violation... expected) {
        assertThatThrownBy(action).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).containsExactlyInAnyOrder(expected));
    }

    // ---- shipping ----------------------------------------------------------------------------------------------

    @Test
    void theThreeShippedStandardsAreInTheDatabaseOnceWhateverHowOftenTheyAreShipped() {
        List<PovertyStandard> first = standards.all();
        standards.ensureShipped(clerk);
        standards.ensureShipped(clerk);

        List<PovertyStandard> all = standards.all();
        assertThat(all).extracting(PovertyStandard::code).containsExactly("2016-2020", "2022-2025", "2027-2030");
        assertThat(all).isEqualTo(first);
        assertThat(Fixtures.rowCount(services.location(), "poverty_standard")).isEqualTo(3);
        assertThat(Fixtures.rowCount(services.location(), "poverty_indicator")).isEqualTo(10 + 12 + 13);
        List<ShippedStandards.Shipped> shipped = ShippedStandards.load().all();
        for (int i = 0; i < 3; i++) {
            assertThat(all.get(i).details()).isEqualTo(shipped.get(i).details());
            assertThat(all.get(i).shippedRevision()).isEqualTo(shipped.get(i).revision());
            assertThat(all.get(i).locallyEdited()).isFalse();
            assertThat(all.get(i).meta().ownerUnit()).isEqualTo(StandardService.NATIONAL);
        }
        assertThat(all).extracting(s -> s.details().provisional()).containsExactly(false, false, true);
    }

    @Test
    void theStandardInForceForAYear() {
        assertThat(standards.forYear(2016).orElseThrow().code()).isEqualTo("2016-2020");
        assertThat(standards.forYear(2021).orElseThrow().code()).isEqualTo("2016-2020");
        assertThat(standards.forYear(2022).orElseThrow().code()).isEqualTo("2022-2025");
        assertThat(standards.forYear(2026).orElseThrow().code()).isEqualTo("2022-2025");
        assertThat(standards.forYear(2027).orElseThrow().code()).isEqualTo("2027-2030");
        assertThat(standards.forYear(2030).orElseThrow().code()).isEqualTo("2027-2030");
        assertThat(standards.forYear(2015)).isEmpty();
        assertThat(standards.forYear(2031)).isEmpty();
        assertThat(standards.find("2099-2100")).isEmpty();
    }

    @Test
    void aNewerShippedRevisionReplacesAnUncorrectedCopyButNotACorrectedOne() {
        try (Database database = Database.open(DbLocation.inMemory())) {
            Store store = new Store(database);
            Uuids uuids = Uuids.system();
            IdentityService identity = new IdentityService(store, Fixtures.CLOCK, uuids);
            Actor system = identity.systemActor("ChungTay", StandardService.NATIONAL);
            Actor provinceClerk = identity.signIn("Trần Thị Bình", Fixtures.PROVINCE, List.of(Fixtures.province()));
            ShippedStandards v1 = ShippedStandards.load();
            StandardService first = new StandardService(store, Fixtures.CLOCK, uuids, v1);
            first.ensureShipped(system);
            StandardDetails corrected = with(first.find("2027-2030").orElseThrow().details(),
                    b -> b.lines(Area.RURAL, new AreaLines(2_300_000, null, null, null)));
            first.correct(provinceClerk, "2027-2030", corrected);

            List<ShippedStandards.Shipped> newer = new ArrayList<>();
            for (ShippedStandards.Shipped s : v1.all()) {
                newer.add(new ShippedStandards.Shipped(s.revision() + 1,
                        with(s.details(), b -> b.name(s.details().name() + " (bản 2)"))));
            }
            StandardDetails later = with(v1.find("2022-2025").orElseThrow(), b -> b.name("Chuẩn mới")
                    .years(2031, 2035));
            newer.add(new ShippedStandards.Shipped(1, new StandardDetails("2031-2035", "Chuẩn 2031–2035", "",
                    2031, 2035, true, later.rule(), 3, later.lines(), later.indicators(), 10, null)));
            StandardService second = new StandardService(store, Fixtures.CLOCK, uuids, ShippedStandards.of(newer));
            second.ensureShipped(system);

            PovertyStandard s2016 = second.find("2016-2020").orElseThrow();
            assertThat(s2016.details().name()).endsWith("(bản 2)");
            assertThat(s2016.shippedRevision()).isEqualTo(2);
            assertThat(s2016.locallyEdited()).isFalse();
            assertThat(s2016.meta().revision().number()).as("an edit of the same record").isEqualTo(2);
            assertThat(second.find("2022-2025").orElseThrow().details().name()).endsWith("(bản 2)");
            PovertyStandard s2027 = second.find("2027-2030").orElseThrow();
            assertThat(s2027.details()).as("the clerk's correction stays").isEqualTo(corrected);
            assertThat(s2027.locallyEdited()).isTrue();
            assertThat(s2027.shippedRevision()).isEqualTo(1);
            assertThat(second.all()).extracting(PovertyStandard::code)
                    .containsExactly("2016-2020", "2022-2025", "2027-2030", "2031-2035");

            second.ensureShipped(system);
            assertThat(second.find("2016-2020").orElseThrow().meta().revision().number())
                    .as("the same revision again changes nothing").isEqualTo(2);
            first.ensureShipped(system);
            assertThat(first.find("2016-2020").orElseThrow().details().name())
                    .as("an older program does not roll a standard back").endsWith("(bản 2)");
        }
    }

    // ---- corrections -------------------------------------------------------------------------------------------

    @Test
    void aCorrectionIsSavedWithOneLogEntryPerChangedField() {
        StandardDetails before = current("2027-2030");
        StandardDetails corrected = with(before, b -> b
                .lines(Area.RURAL, new AreaLines(2_300_000, null, 3_000_000L, null))
                .threshold(4)
                .indicators(list -> {
                    list.removeIf(i -> i.code().equals("waste-treatment"));
                    list.replaceAll(i -> i.code().equals("water") ? new Indicator("water", i.dimension(),
                            "Nguồn nước sạch", "Clean water", i.definition()) : i);
                    list.add(new Indicator("electricity", "Điều kiện sống", "Điện sinh hoạt", "Electricity",
                            "Hộ không có điện lưới."));
                    return list;
                }));

        PovertyStandard saved = standards.correct(clerk, "2027-2030", corrected);

        assertThat(saved.details()).isEqualTo(corrected);
        assertThat(saved.locallyEdited()).isTrue();
        assertThat(current("2027-2030")).isEqualTo(corrected);
        List<StandardChange> changes = standards.changes("2027-2030");
        assertThat(changes).extracting(StandardChange::field).containsExactlyInAnyOrder(
                "deprivationThreshold", "lines.rural.povertyLine", "lines.rural.averageUpper", "indicator.water",
                "indicator.waste-treatment", "indicator.electricity");
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.standardCode()).isEqualTo("2027-2030");
            assertThat(c.userName()).isEqualTo("Trần Thị Bình");
            assertThat(c.at()).isEqualTo(Fixtures.NOW);
        });
        StandardChange line = change(changes, "lines.rural.povertyLine");
        assertThat(line.oldValue()).isEqualTo("2200000");
        assertThat(line.newValue()).isEqualTo("2300000");
        assertThat(change(changes, "lines.rural.averageUpper").oldValue()).isEmpty();
        assertThat(change(changes, "deprivationThreshold").newValue()).isEqualTo("4");
        assertThat(change(changes, "indicator.water").newValue()).contains("Nguồn nước sạch", "Clean water");
        assertThat(change(changes, "indicator.waste-treatment").newValue()).isEmpty();
        assertThat(change(changes, "indicator.electricity").oldValue()).isEmpty();
        assertThat(change(changes, "indicator.electricity").newValue()).contains("Điện sinh hoạt");

        standards.correct(clerk, "2027-2030", corrected);
        assertThat(standards.changes("2027-2030")).as("saving the same again logs nothing").hasSize(6);
        assertThat(standards.changes("2022-2025")).isEmpty();

        // the corrected line classifies from now on
        assertThat(ReviewService.classify(current("2027-2030"), Area.RURAL, new Evidence.Income(2_250_000),
                List.of("employment", "water", "latrine", "electricity")).povertyClass()).isEqualTo(PovertyClass.POOR);
        assertThat(ReviewService.classify(current("2027-2030"), Area.RURAL, new Evidence.Income(2_250_000),
                List.of("employment", "water", "latrine")).povertyClass()).isEqualTo(PovertyClass.NEAR_POOR);
    }

    private static StandardChange change(List<StandardChange> changes, String field) {
        return changes.stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow();
    }

    @Test
    void onlyAProvisionalStandardMayBeCorrected() {
        for (String code : List.of("2016-2020", "2022-2025")) {
            StandardDetails d = with(current(code), b -> b.threshold(4));
            refused(() -> standards.correct(clerk, code, d),
                    Violation.of("code", "validation.standard.not-provisional", code));
            assertThat(current(code).deprivationThreshold()).isEqualTo(3);
            assertThat(standards.changes(code)).isEmpty();
        }
        refused(() -> standards.correct(clerk, "2022-2025", current("2027-2030")),
                Violation.of("code", "validation.standard.not-provisional", "2022-2025"));
        refused(() -> standards.correct(clerk, "2027-2030", current("2022-2025")),
                Violation.of("code", "validation.standard.code-fixed"));
        refused(() -> standards.correct(clerk, "2031-2035", current("2027-2030")),
                Violation.of("code", "validation.standard.unknown", "2031-2035"));
    }

    @Test
    void aCorrectedStandardMayNotShareAYearWithAnother() {
        refused(() -> standards.correct(clerk, "2027-2030", with(current("2027-2030"), b -> b.years(2026, 2030))),
                Violation.of("firstYear", "validation.standard.years-overlap", "2022-2025"));
        refused(() -> standards.correct(clerk, "2027-2030", with(current("2027-2030"), b -> b.years(2016, 2016))),
                Violation.of("firstYear", "validation.standard.years-overlap", "2016-2020"));
        assertThat(standards.forYear(2026).orElseThrow().code()).isEqualTo("2022-2025");

        standards.correct(clerk, "2027-2030", with(current("2027-2030"), b -> b.years(2027, 2031)));
        assertThat(standards.forYear(2031).orElseThrow().code()).isEqualTo("2027-2030");
        assertThat(standards.changes("2027-2030")).extracting(StandardChange::field, StandardChange::oldValue,
                StandardChange::newValue).containsExactly(org.assertj.core.groups.Tuple.tuple("years", "2027–2030",
                "2027–2031"));
    }

    @Test
    void aCommuneOfficerMayNotCorrectAStandard() {
        StandardDetails d = with(current("2027-2030"), b -> b.threshold(4));

        assertThatThrownBy(() -> standards.correct(officer, "2027-2030", d))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.unitCode()).isEqualTo(COMMUNE));
        assertThat(current("2027-2030").deprivationThreshold()).isEqualTo(3);
        assertThat(standards.changes("2027-2030")).isEmpty();
        Actor nowhere = new Actor(officer.installationId(), "Ai Đó", "99");
        assertThatThrownBy(() -> standards.correct(nowhere, "2027-2030", d)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anInvalidCorrectionIsRefusedWithTheFieldOfEachMistake() {
        StandardDetails before = current("2027-2030");
        StandardDetails bad = with(before, b -> b
                .threshold(0)
                .lines(Area.URBAN, new AreaLines(2_800_000, null, 2_800_000L, null))
                .lines(Area.RURAL, new AreaLines(2_200_000, null, 1_000_000L, null))
                .indicators(list -> {
                    list.add(new Indicator("water", "Nước", "Nước lần hai", null, null));
                    list.add(new Indicator("Bad Code", "Nước", "Mã sai", null, null));
                    list.add(new Indicator("blank-name", "Nước", " ", null, null));
                    return list;
                })
                .name(" ")
                .years(2030, 2027));

        refused(() -> standards.correct(clerk, "2027-2030", bad),
                Violation.of("name", "validation.name.required"),
                Violation.of("lastYear", "validation.standard.years"),
                Violation.of("deprivationThreshold", "validation.standard.threshold", 16),
                Violation.of("lines.RURAL.averageUpper", "validation.standard.average-band"),
                Violation.of("lines.URBAN.averageUpper", "validation.standard.average-band"),
                Violation.of("indicators[13].code", "validation.standard.indicator.duplicate", "water"),
                Violation.of("indicators[14].code", "validation.standard.indicator.code"),
                Violation.of("indicators[15].name", "validation.name.required"));
        assertThat(current("2027-2030")).isEqualTo(before);
        assertThat(standards.changes("2027-2030")).isEmpty();

        refused(() -> standards.correct(clerk, "2027-2030", with(before, b -> b.threshold(14))),
                Violation.of("deprivationThreshold", "validation.standard.threshold", 13));
        assertThat(standards.correct(clerk, "2027-2030", with(before, b -> b.threshold(13))).details()
                .deprivationThreshold()).isEqualTo(13);
    }
}
