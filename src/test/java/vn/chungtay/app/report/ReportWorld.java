package vn.chungtay.app.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.chungtay.app.demo.DemoService;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.BirthDate;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDetails;
import vn.chungtay.domain.household.IdDocument;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.household.WorkStatus;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.HouseholdCategories;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.ReviewDetails;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.domain.review.RoundStatus;
import vn.chungtay.domain.review.Transition;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitDetails;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Store;
import vn.chungtay.testsupport.Fixtures;

/**
 * The records the report tests count: a small demo province (two communes in two districts, four review years) with,
 * on top, what the demo never makes — a third commune reviewed only in 2024 and 2025 (so the district has two
 * communes and some years lack a commune), a regular round after a periodic one in both a demo commune and the new
 * one (so a later review replaces an earlier one), households moving between villages and into a town, a household
 * growing and one shrinking while poor, reviews that record a B1 score instead of an income, deleted reviews and a
 * deleted support. All read back, as records, for the tests' own counting.
 */
final class ReportWorld implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T03:00:00Z"), Fixtures.ZONE);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final String PROVINCE = "62";
    static final String DISTRICT = "610";
    static final String DEMO_COMMUNE = "23353";
    static final String NEW_COMMUNE = "23374";

    final Database database;
    final Store store;
    final ReportService reports;
    final List<AdminUnit> units;
    final List<Village> villages;
    final List<Household> households = new ArrayList<>();
    final List<ReviewRound> rounds;
    final List<HouseholdReview> reviews = new ArrayList<>();
    final List<SupportEvent> supports = new ArrayList<>();
    /** Time-ordered ids, as the program makes them (the register streams members in id order). */
    private final Uuids uuids = Uuids.system();

    ReportWorld() {
        database = Database.open(DbLocation.inMemory());
        store = new Store(database);
        // The shipped standards and programmes, as AppServices puts them in every database.
        var identity = new vn.chungtay.app.identity.IdentityService(store, CLOCK, Uuids.system());
        var system = identity.systemActor("ChungTay", vn.chungtay.app.review.StandardService.NATIONAL);
        new vn.chungtay.app.review.StandardService(store, CLOCK, Uuids.system(),
                vn.chungtay.app.review.ShippedStandards.load()).ensureShipped(system);
        new vn.chungtay.app.support.CatalogueService(store, CLOCK, Uuids.system()).ensureShipped(system);
        new DemoService(store, CLOCK).generate(2_000, 5, Progress.NONE);
        store.run(repos -> {
            newCommune(repos);
            regularRoundInDemoCommune(repos);
            deletions(repos);
        });
        reports = new ReportService(store, CLOCK);
        var read = store.reading();
        units = read.units().all();
        villages = read.villages().all();
        read.households().forEachLive(null, households::add);
        rounds = read.rounds().all();
        read.reviews().forEachLive(null, reviews::add);
        read.supports().forEachLive(null, supports::add);
    }

    /** A commune of six households in two villages, reviewed in 2024 and 2025 (a periodic, then a regular round). */
    private void newCommune(vn.chungtay.store.Repositories repos) {
        repos.units().save(new AdminUnit(meta(NEW_COMMUNE), new UnitDetails(NEW_COMMUNE, UnitLevel.COMMUNE,
                "Xã Đắk Môn", DISTRICT, null, null)));
        Village upper = new Village(meta(NEW_COMMUNE), NEW_COMMUNE, "Thôn Đắk Ga", null, null);
        Village lower = new Village(meta(NEW_COMMUNE), NEW_COMMUNE, "Làng Kon Đơn", null, null);
        repos.villages().save(upper);
        repos.villages().save(lower);
        List<Household> made = new ArrayList<>();
        String[][] people = {{"A Thương", "14", "MALE"}, {"Y Hoa", "14", "FEMALE"}, {"Nguyễn Văn Bình", "01", "MALE"},
            {"A Định", "27", "MALE"}, {"Trần Thị Mai", "01", "FEMALE"}, {"Y Rơm", "14", "FEMALE"}};
        for (int i = 0; i < people.length; i++) {
            Village v = i < 4 ? upper : lower;
            made.add(household(repos, NEW_COMMUNE, v, String.format("%04d", i + 1), people[i][0], people[i][1],
                    Sex.valueOf(people[i][2]), 3 + i % 3));
        }
        UUID u = upper.meta().id();
        UUID l = lower.meta().id();
        ReviewRound p24 = round(repos, NEW_COMMUNE, 2024, RoundKind.PERIODIC, LocalDate.of(2024, 9, 20));
        save(repos, p24, made.get(0), u, Area.RURAL, 4, PovertyClass.POOR, "water,latrine,telecom", dtts(), 900_000L);
        save(repos, p24, made.get(1), u, Area.RURAL, 3, PovertyClass.POOR, "housing-quality,water,latrine",
                new HouseholdCategories(true, false, true, true), null);
        save(repos, p24, made.get(2), u, Area.RURAL, 5, PovertyClass.NEAR_POOR, "water", HouseholdCategories.NONE,
                1_400_000L);
        save(repos, p24, made.get(3), u, Area.RURAL, 3, PovertyClass.NOT_POOR, "", dtts(), 3_000_000L);
        save(repos, p24, made.get(4), l, Area.URBAN, 4, PovertyClass.AVERAGE, "", HouseholdCategories.NONE,
                1_900_000L);
        save(repos, p24, made.get(5), l, Area.RURAL, 5, PovertyClass.POOR, "employment,dependants,nutrition",
                new HouseholdCategories(true, true, false, true), 600_000L);
        ReviewRound p25 = round(repos, NEW_COMMUNE, 2025, RoundKind.PERIODIC, LocalDate.of(2025, 9, 15));
        save(repos, p25, made.get(0), u, Area.RURAL, 5, PovertyClass.POOR, "water,latrine,telecom", dtts(), 950_000L);
        save(repos, p25, made.get(1), u, Area.RURAL, 3, PovertyClass.NEAR_POOR, "water", dtts(), 1_300_000L);
        save(repos, p25, made.get(2), l, Area.RURAL, 5, PovertyClass.POOR, "water,latrine,housing-area",
                HouseholdCategories.NONE, null);
        save(repos, p25, made.get(3), u, Area.RURAL, 3, PovertyClass.POOR, "employment,water,latrine", dtts(),
                1_000_000L);
        save(repos, p25, made.get(4), l, Area.URBAN, 4, PovertyClass.NEAR_POOR, "housing-area",
                HouseholdCategories.NONE, 1_800_000L);
        save(repos, p25, made.get(5), l, Area.RURAL, 4, PovertyClass.POOR, "employment,dependants,nutrition",
                new HouseholdCategories(true, true, false, true), 650_000L);
        // A regular round at the end of the year: one household escapes and one moves to town and shrinks.
        ReviewRound r25 = round(repos, NEW_COMMUNE, 2025, RoundKind.REGULAR, LocalDate.of(2025, 12, 20));
        save(repos, r25, made.get(0), u, Area.RURAL, 5, PovertyClass.AVERAGE, "water", dtts(), 2_000_000L);
        save(repos, r25, made.get(5), l, Area.URBAN, 3, PovertyClass.POOR, "employment,dependants",
                new HouseholdCategories(true, true, false, true), 700_000L);
        households.addAll(made);
    }

    /**
     * In a demo commune, a regular round after the 2025 periodic one: a few households move to the next village,
     * one into town, some change class, size or categories.
     */
    private void regularRoundInDemoCommune(vn.chungtay.store.Repositories repos) {
        List<Village> demoVillages = repos.villages().ofCommunes(List.of(DEMO_COMMUNE));
        ReviewRound periodic = repos.rounds().ofCommunes(List.of(DEMO_COMMUNE)).stream()
                .filter(r -> r.year() == 2025).findFirst().orElseThrow();
        List<HouseholdReview> last = repos.reviews().ofRounds(List.of(periodic.id())).stream()
                .sorted(Comparator.comparing(HouseholdReview::householdId)).toList();
        ReviewRound regular = round(repos, DEMO_COMMUNE, 2025, RoundKind.REGULAR, LocalDate.of(2025, 12, 18));
        int changed = 0;
        for (HouseholdReview was : last) {
            if (changed >= 12) {
                break;
            }
            ReviewDetails d = was.details();
            UUID village = d.villageId();
            Area area = d.area();
            int persons = d.persons();
            PovertyClass c = was.povertyClass();
            switch (changed % 6) {
                case 0 -> village = next(demoVillages, village);
                case 1 -> area = Area.URBAN;
                case 2 -> c = c == PovertyClass.POOR ? PovertyClass.NOT_POOR : PovertyClass.POOR;
                case 3 -> persons = persons + 2;
                case 4 -> c = c == PovertyClass.NEAR_POOR ? PovertyClass.POOR : PovertyClass.NEAR_POOR;
                default -> {
                    persons = Math.max(1, persons - 1);
                    village = next(demoVillages, village);
                }
            }
            Household h = repos.households().find(was.householdId()).orElseThrow();
            save(repos, regular, h, village, area, persons, c, String.join(",", d.lacking()), d.categories(),
                    d.evidence() instanceof Evidence.Income i ? i.vndPerPersonMonth() : null);
            changed++;
        }
    }

    /** Deleted reviews (2024, demo commune) and a deleted support: neither may count anywhere. */
    private void deletions(vn.chungtay.store.Repositories repos) {
        ReviewRound r24 = repos.rounds().ofCommunes(List.of(DEMO_COMMUNE)).stream()
                .filter(r -> r.year() == 2024).findFirst().orElseThrow();
        List<HouseholdReview> list = repos.reviews().ofRounds(List.of(r24.id())).stream()
                .filter(r -> r.povertyClass().isPoorOrNearPoor())
                .sorted(Comparator.comparing(HouseholdReview::householdId)).limit(3).toList();
        for (HouseholdReview r : list) {
            repos.reviews().save(new HouseholdReview(r.meta().tombstoned(UUID.randomUUID(), Fixtures.STAMP),
                    r.roundId(), r.householdId(), r.year(), r.details(), r.povertyClass(), r.transition()));
        }
        Household someone = repos.households().find(list.get(0).householdId()).orElseThrow();
        SupportEvent gone = new SupportEvent(meta(DEMO_COMMUNE), someone.id(), null, new SupportDetails(
                LocalDate.of(2025, 5, 5), "QUY-VI-NGUOI-NGHEO", "fund-donation", SupportForm.CASH, 5_000_000L, "",
                null, "", FundingSource.FUND_FOR_THE_POOR, null, null, null, ""));
        repos.supports().save(gone);
        repos.supports().save(new SupportEvent(gone.meta().tombstoned(UUID.randomUUID(), Fixtures.STAMP),
                gone.householdId(), null, gone.details()));
    }

    private static UUID next(List<Village> villages, UUID current) {
        for (int i = 0; i < villages.size(); i++) {
            if (villages.get(i).meta().id().equals(current)) {
                return villages.get((i + 1) % villages.size()).meta().id();
            }
        }
        return current;
    }

    private Household household(vn.chungtay.store.Repositories repos, String commune, Village village, String number,
                                String headName, String ethnicity, Sex sex, int size) {
        UUID id = uuids.next();
        List<Member> members = new ArrayList<>();
        members.add(new Member(meta(commune), id, 0, new MemberDetails(headName, sex, BirthDate.ofYear(1975),
                ethnicity, Relationship.HEAD, IdDocument.NONE, WorkStatus.WORKING, "", "")));
        for (int i = 1; i < size; i++) {
            members.add(new Member(meta(commune), id, i, new MemberDetails("Con " + i + " " + headName,
                    i % 2 == 0 ? Sex.MALE : Sex.FEMALE, BirthDate.ofYear(2005 + i), ethnicity, Relationship.CHILD,
                    IdDocument.NONE, WorkStatus.IN_SCHOOL, "", "")));
        }
        Household h = new Household(RecordMeta.born(id, commune, uuids.next(), Fixtures.STAMP),
                new HouseholdDetails(number, village.meta().id(), Area.RURAL, village.name(), ""), members);
        repos.households().save(h, true, members);
        return h;
    }

    private ReviewRound round(vn.chungtay.store.Repositories repos, String commune, int year, RoundKind kind,
                              LocalDate opened) {
        ReviewRound round = new ReviewRound(meta(commune), commune, year, kind, "2022-2025", opened,
                RoundStatus.CLOSED, opened.plusDays(10));
        repos.rounds().save(round);
        return round;
    }

    private void save(vn.chungtay.store.Repositories repos, ReviewRound round, Household h, UUID village, Area area,
                      int persons, PovertyClass c, String lacking, HouseholdCategories categories, Long income) {
        Evidence evidence = income != null ? new Evidence.Income(income) : new Evidence.B1Score(120);
        List<String> lacks = lacking.isEmpty() ? List.of() : List.of(lacking.split(","));
        ReviewDetails d = new ReviewDetails(village, area, persons, evidence, lacks, categories, "Trưởng thôn",
                round.openedOn().plusDays(5), "");
        repos.reviews().save(new HouseholdReview(meta(round.communeCode()), round.id(), h.id(), round.year(), d, c,
                Transition.STAYS_ABOVE));
    }

    private static HouseholdCategories dtts() {
        return new HouseholdCategories(true, false, false, false);
    }

    private RecordMeta meta(String owner) {
        return RecordMeta.born(uuids.next(), owner, uuids.next(), Fixtures.STAMP);
    }

    Village village(String commune, int index) {
        return villages.stream().filter(v -> v.communeCode().equals(commune)).skip(index).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        database.close();
    }
}
