package vn.chungtay.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.identity.IdentityService;
import vn.chungtay.app.review.ShippedStandards;
import vn.chungtay.app.review.StandardService;
import vn.chungtay.app.support.CatalogueService;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.domain.support.SupportRules;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Store;
import vn.chungtay.testsupport.Fixtures;

/**
 * The supports of one demo of 4,000 households, read back from the database: valid records of the shipped
 * catalogue, given to whom the review years say (DOMAIN.md §3), in the proportions of Kon Tum's 2017–2018 report
 * (DOMAIN.md §7), with a batch for each village's Tết visit and each distribution of goods.
 */
class DemoSupportsTest {

    private static final int HOUSEHOLDS = 4_000;
    /** A day after the demo's last support, on which every one of them must be a valid record. */
    private static final LocalDate AFTER_THE_DEMO = LocalDate.of(2026, 3, 1);

    private static Database database;
    private static Store store;
    private static final Map<UUID, Household> households = new HashMap<>();
    /** Each household's review per year. */
    private static final Map<UUID, Map<Integer, HouseholdReview>> reviews = new HashMap<>();
    private static final List<SupportEvent> supports = new ArrayList<>();

    @BeforeAll
    static void generate() {
        database = Database.open(DbLocation.inMemory());
        store = new Store(database);
        IdentityService identity = new IdentityService(store, Fixtures.CLOCK, Uuids.system());
        new StandardService(store, Fixtures.CLOCK, Uuids.system(), ShippedStandards.load())
                .ensureShipped(identity.systemActor("ChungTay", StandardService.NATIONAL));
        new CatalogueService(store, Fixtures.CLOCK, Uuids.system())
                .ensureShipped(identity.systemActor("ChungTay", StandardService.NATIONAL));
        new DemoService(store, Fixtures.CLOCK).generate(HOUSEHOLDS, 17, Progress.NONE);
        store.reading().households().forEachLive(null, h -> households.put(h.id(), h));
        store.reading().reviews().forEachLive(null, r -> reviews.computeIfAbsent(r.householdId(), k -> new HashMap<>())
                .put(r.year(), r));
        store.reading().supports().forEachLive(null, supports::add);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static PovertyClass classIn(UUID household, int year) {
        HouseholdReview r = reviews.get(household).get(year);
        return r == null ? null : r.povertyClass();
    }

    private static List<SupportEvent> ofKind(String kind) {
        return supports.stream().filter(e -> e.details().kindCode().equals(kind)).toList();
    }

    @Test
    void everySupportIsAValidRecordOfTheShippedCatalogueOwnedByTheHouseholdsCommune() {
        SupportRules rules = new SupportRules(store.reading().catalogue().programmes(),
                store.reading().catalogue().kinds());

        assertThat(supports).hasSizeGreaterThan(HOUSEHOLDS);
        for (SupportEvent e : supports) {
            SupportDetails d = e.details();
            assertThat(rules.violations(d, AFTER_THE_DEMO, true)).as(e.toString()).isEmpty();
            assertThat(SupportRules.normalise(d)).isEqualTo(d);
            Household h = households.get(e.householdId());
            assertThat(h).isNotNull();
            assertThat(e.meta().ownerUnit()).isEqualTo(h.communeCode());
            assertThat(e.meta().lastChange().userName()).isEqualTo("demo");
            assertThat(d.date()).isBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 2, 28));
        }
        assertThat(supports).extracting(SupportEvent::id).doesNotHaveDuplicates();
    }

    @Test
    void tetVisitsFollowTheReviewOneBatchAVillageAndAboutAsManyAsPoorHouseholds() {
        Map<Integer, Integer> tetYears = Map.of(2023, 2022, 2024, 2023, 2025, 2024, 2026, 2025);
        List<SupportEvent> visits = ofKind("fund-tet-visit");
        Map<UUID, List<SupportEvent>> byBatch = visits.stream()
                .collect(Collectors.groupingBy(SupportEvent::batchId));
        for (List<SupportEvent> batch : byBatch.values()) {
            SupportDetails first = batch.get(0).details();
            assertThat(batch).allSatisfy(e -> assertThat(e.details()).isEqualTo(first));
            assertThat(batch).extracting(e -> households.get(e.householdId()).details().villageId())
                    .containsOnly(households.get(batch.get(0).householdId()).details().villageId());
            assertThat(batch).extracting(SupportEvent::householdId).doesNotHaveDuplicates();
            assertThat(first.form()).isEqualTo(SupportForm.VISIT);
            assertThat(first.programmeCode()).isEqualTo("QUY-VI-NGUOI-NGHEO");
            assertThat(first.amountVnd()).isBetween(300_000L, 600_000L);
            assertThat(first.date().getMonthValue()).isIn(1, 2);
        }
        for (int tet = 2023; tet <= 2026; tet++) {
            int reviewYear = tetYears.get(tet);
            int season = tet;
            List<SupportEvent> inSeason = visits.stream().filter(e -> e.details().date().getYear() == season)
                    .toList();
            for (SupportEvent e : inSeason) {
                HouseholdReview review = reviews.get(e.householdId()).get(reviewYear);
                boolean poorOrNear = review.povertyClass() == PovertyClass.POOR
                        || review.povertyClass() == PovertyClass.NEAR_POOR;
                assertThat(poorOrNear || review.details().categories().meritorious()
                        || review.details().categories().noWorkCapacity()).as(e.toString()).isTrue();
            }
            long poor = households.keySet().stream().filter(h -> classIn(h, reviewYear) == PovertyClass.POOR).count();
            long poorVisited = inSeason.stream().filter(e -> classIn(e.householdId(), reviewYear) == PovertyClass.POOR)
                    .count();
            assertThat((double) poorVisited / poor).as("most poor households, Tết " + tet).isBetween(0.88, 0.97);
            // Kon Tum 2017–2018: 28,096 visits a season for 26,164 poor households.
            assertThat((double) inSeason.size() / poor).as("visits per poor household").isBetween(1.0, 1.4);
        }
        double mean = visits.stream().mapToLong(e -> e.details().amountVnd()).average().orElseThrow();
        assertThat(mean).as("Kon Tum: 413,000 VND a visit").isBetween(370_000.0, 450_000.0);
    }

    @Test
    void housesGoToPoorHouseholdsInMakeshiftHousesAFewAYearAtAbout42Million() {
        List<SupportEvent> houses = supports.stream()
                .filter(e -> Set.of("fund-housing", "ntp-5-housing").contains(e.details().kindCode())).toList();

        // Kon Tum: 81 houses in two years for 129,000 households; 4,000 households make about 1.3 a year.
        assertThat(houses).hasSizeBetween(1, 14);
        assertThat(houses).extracting(SupportEvent::householdId).doesNotHaveDuplicates();
        for (SupportEvent e : houses) {
            int year = e.details().date().getYear();
            HouseholdReview review = reviews.get(e.householdId()).get(year);
            assertThat(review.povertyClass()).isEqualTo(PovertyClass.POOR);
            assertThat(review.details().lacking()).containsAnyOf("housing-quality", "housing-area");
            assertThat(e.details().amountVnd()).isBetween(20_000_000L, 60_000_000L);
            assertThat(e.details().unit()).isEqualTo("căn");
            assertThat(e.batchId()).isNull();
        }
    }

    @Test
    void goodsForProductionAreHandedOutVillageByVillageWithItemQuantityUnitAndValue() {
        List<SupportEvent> goods = supports.stream().filter(e -> e.details().form() == SupportForm.IN_KIND).toList();

        assertThat(goods).isNotEmpty();
        assertThat(goods).extracting(e -> e.details().programmeCode()).containsOnly("NTP-GNBV", "QD102");
        assertThat(goods).extracting(e -> e.details().item()).contains("Bò giống", "Giống lúa");
        Map<UUID, List<SupportEvent>> byBatch = goods.stream().collect(Collectors.groupingBy(SupportEvent::batchId));
        for (List<SupportEvent> batch : byBatch.values()) {
            SupportDetails first = batch.get(0).details();
            assertThat(batch).allSatisfy(e -> assertThat(e.details()).isEqualTo(first));
            assertThat(batch).extracting(e -> households.get(e.householdId()).details().villageId()).containsOnly(
                    households.get(batch.get(0).householdId()).details().villageId());
            assertThat(first.quantity()).isPositive();
            assertThat(first.amountVnd() % first.quantity().longValueExact()).isZero();
            for (SupportEvent e : batch) {
                PovertyClass found = classIn(e.householdId(), first.date().getYear());
                if (first.programmeCode().equals("QD102")) {
                    assertThat(found).isEqualTo(PovertyClass.POOR);
                }
            }
        }
        assertThat(goods.stream().filter(e -> e.details().item().equals("Bò giống")))
                .allSatisfy(e -> {
                    assertThat(e.details().quantity()).isEqualByComparingTo(BigDecimal.ONE);
                    assertThat(e.details().unit()).isEqualTo("con");
                    assertThat(e.details().amountVnd()).isEqualTo(15_000_000L);
                });
    }

    @Test
    void loansGoToPoorNearPoorAndNewlyEscapedHouseholdsOneAtATimeWithBalancesFallingWithAge() {
        List<SupportEvent> loans = supports.stream().filter(e -> e.details().form() == SupportForm.CREDIT).toList();

        assertThat(loans).isNotEmpty();
        assertThat(loans).extracting(e -> e.details().kindCode())
                .contains("credit-poor", "credit-near-poor", "credit-newly-escaped");
        for (SupportEvent e : loans) {
            SupportDetails d = e.details();
            int year = d.date().getYear();
            assertThat(d.source()).isEqualTo(FundingSource.SOCIAL_POLICY_BANK);
            assertThat(d.amountVnd()).isBetween(30_000_000L, 100_000_000L);
            assertThat(d.credit().termMonths()).isBetween(36, 60);
            assertThat(d.credit().monthlyRatePercent()).isBetween(new BigDecimal("0.55"), new BigDecimal("0.9"));
            long months = Math.min(d.credit().termMonths(),
                    ChronoUnit.MONTHS.between(d.date(), SupportYears.BALANCE_DAY));
            double repaid = 1 - (double) d.credit().outstandingVnd() / d.amountVnd();
            assertThat(repaid).as("repaid in step with age").isCloseTo(
                    (double) months / d.credit().termMonths(), org.assertj.core.data.Offset.offset(0.001));
            PovertyClass found = classIn(e.householdId(), year);
            switch (d.kindCode()) {
                case "credit-poor" -> assertThat(found).isEqualTo(PovertyClass.POOR);
                case "credit-near-poor" -> assertThat(found).isEqualTo(PovertyClass.NEAR_POOR);
                default -> {
                    assertThat(found).isIn(PovertyClass.AVERAGE, PovertyClass.NOT_POOR);
                    boolean poorBefore = false;
                    for (int y = year - 3; y < year; y++) {
                        poorBefore |= classIn(e.householdId(), y) == PovertyClass.POOR;
                    }
                    assertThat(poorBefore).as("escaped within three years").isTrue();
                }
            }
        }
        Map<UUID, List<SupportEvent>> byHousehold = loans.stream()
                .collect(Collectors.groupingBy(SupportEvent::householdId));
        for (List<SupportEvent> ofOne : byHousehold.values()) {
            List<SupportEvent> sorted = ofOne.stream().sorted((a, b) -> a.details().date().compareTo(b.details().date()))
                    .toList();
            for (int i = 1; i < sorted.size(); i++) {
                SupportDetails before = sorted.get(i - 1).details();
                assertThat(sorted.get(i).details().date().getYear())
                        .as("a new loan once the last is due").isGreaterThanOrEqualTo(
                                before.date().plusMonths(before.credit().termMonths()).getYear());
            }
        }
    }

    @Test
    void everyPoorHouseholdGetsItsMembersCardsForTheNextYear() {
        List<SupportEvent> cards = ofKind("bhyt-poor");
        Map<Integer, Set<UUID>> cardHolders = new HashMap<>();
        for (SupportEvent e : cards) {
            SupportDetails d = e.details();
            int valid = d.periodFrom().getYear();
            assertThat(d.periodFrom()).isEqualTo(LocalDate.of(valid, 1, 1));
            assertThat(d.periodTo()).isEqualTo(LocalDate.of(valid, 12, 31));
            assertThat(d.date().getYear()).isEqualTo(valid);
            assertThat(d.form()).isEqualTo(SupportForm.SERVICE);
            assertThat(d.unit()).isEqualTo("thẻ");
            int members = households.get(e.householdId()).members().size();
            assertThat(d.quantity()).isEqualByComparingTo(BigDecimal.valueOf(members));
            assertThat(d.amountVnd()).isEqualTo(members * SupportPrices.cardValue(valid));
            assertThat(cardHolders.computeIfAbsent(valid, k -> new HashSet<>()).add(e.householdId())).isTrue();
        }
        for (int year = 2022; year <= 2025; year++) {
            int reviewYear = year;
            Set<UUID> poor = households.keySet().stream()
                    .filter(h -> classIn(h, reviewYear) == PovertyClass.POOR).collect(Collectors.toSet());
            assertThat(cardHolders.get(year + 1)).isEqualTo(poor);
        }
        assertThat(SupportPrices.cardValue(2023)).isEqualTo(804_600L);
    }

    @Test
    void tuitionIsExemptedForPoorAndHalvedForNearPoorPupilsUntilSchoolBecameFree() {
        List<SupportEvent> tuition = supports.stream().filter(e -> e.details().programmeCode().equals("HOC-PHI"))
                .toList();

        assertThat(tuition).isNotEmpty();
        assertThat(tuition).extracting(e -> e.details().periodFrom().getYear()).containsOnly(2023, 2024);
        for (SupportEvent e : tuition) {
            SupportDetails d = e.details();
            PovertyClass found = classIn(e.householdId(), d.periodFrom().getYear() - 1);
            assertThat(found).isEqualTo(d.kindCode().equals("tuition-exemption") ? PovertyClass.POOR
                    : PovertyClass.NEAR_POOR);
            assertThat(d.quantity()).isPositive();
            assertThat(d.quantity().intValueExact()).isLessThanOrEqualTo(
                    households.get(e.householdId()).members().size());
            assertThat(d.unit()).isEqualTo("học sinh");
            assertThat(d.periodTo()).isEqualTo(LocalDate.of(d.periodFrom().getYear() + 1, 5, 31));
        }
    }

    @Test
    void theFundsHelpAfterAShockGoesToPoorAndNearPoorHouseholds() {
        List<SupportEvent> help = ofKind("fund-donation");

        assertThat(help).isNotEmpty();
        assertThat(help).allSatisfy(e -> {
            assertThat(classIn(e.householdId(), e.details().date().getYear()))
                    .isIn(PovertyClass.POOR, PovertyClass.NEAR_POOR);
            assertThat(e.details().amountVnd()).isBetween(1_000_000L, 5_000_000L);
            assertThat(e.details().note()).isNotBlank();
        });
    }
}
