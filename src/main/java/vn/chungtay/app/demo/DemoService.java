package vn.chungtay.app.demo;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.chungtay.app.demo.KonTumUnits.Commune;
import vn.chungtay.app.demo.KonTumUnits.District;
import vn.chungtay.app.demo.ProvinceShape.CommunePlan;
import vn.chungtay.app.demo.ProvinceShape.VillagePlan;
import vn.chungtay.app.identity.IdentityService;
import vn.chungtay.app.review.ShippedStandards;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.StandardDetails;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitDetails;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;
import vn.chungtay.store.Store;

/**
 * Generates a realistic demo province shaped like Kon Tum in 2017 (DOMAIN.md §7): districts, communes and villages
 * scaled to the number of households asked for, households of 1–10 members with Vietnamese and highland names,
 * several ethnic groups in realistic shares, valid CCCD numbers — and the review years 2022–2025 (DOMAIN.md §2, §7):
 * a closed periodic round for every commune and year, with a review of every household whose class the classifier
 * gave from a simulated income and deprivations ({@link Livelihoods}, {@link ReviewYears}) — and the supports
 * households received after each review (DOMAIN.md §3, §7): Tết visits, houses, goods for production, preferential
 * loans, health-insurance cards and tuition exemptions ({@link SupportYears}).
 *
 * <p>Everything that reaches the content digest comes from the seed: record ids from a seeded id source, every other
 * value from one seeded random stream, ages from a fixed reference day. Only the change stamps (this installation,
 * user "demo", the clock's time) differ between runs, and the digest leaves them out — so the same seed always
 * gives the same digest.
 *
 * <p>All is written in one transaction, in batches, so that a cancelled or failed run leaves the database empty, and
 * memory holds one batch of households, reviews or supports at a time, besides a compact row per household
 * ({@link Situations}).
 */
public final class DemoService {

    /** The user name the demo records are stamped with. */
    static final String USER = "demo";
    /** The review years the demo makes: those of the 2022–2025 standard (DOMAIN.md §1). */
    public static final int FIRST_REVIEW_YEAR = ReviewYears.FIRST_YEAR;
    public static final int LAST_REVIEW_YEAR = ReviewYears.LAST_YEAR;
    /** Households, reviews or supports generated and inserted together. */
    static final int BATCH = 2_000;
    /** Record ids start at the reference day, never at the clock, so that they are the same on every run. */
    private static final long ID_EPOCH_MILLIS =
            MemberMaker.REFERENCE_DAY.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();

    private final Store store;
    private final Clock clock;

    public DemoService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Generates {@code households} households deterministically from {@code seed}.
     *
     * @throws ValidationException when the database already holds units, villages or households
     * @throws vn.chungtay.app.work.CancelledException when the progress reports a cancellation; nothing is kept
     */
    public DemoResult generate(int households, long seed, Progress progress) {
        if (households < 1) {
            throw new IllegalArgumentException("a demo needs at least one household");
        }
        ChangeStamp stamp = new ChangeStamp(new IdentityService(store, clock, Uuids.system()).localInstallation().id(),
                USER, clock.instant());
        return store.inTransaction(repos -> {
            refuseUnlessEmpty(repos);
            SplittableRandom random = new SplittableRandom(seed);
            Uuids uuids = Uuids.seeded(seed, ID_EPOCH_MILLIS);
            List<CommunePlan> plan = ProvinceShape.plan(households, random.split());
            Map<CommunePlan, List<Village>> villages = saveUnits(repos, plan, uuids, stamp);
            HouseholdMaker maker = new HouseholdMaker(uuids, stamp, random.split());
            SplittableRandom life = random.split();
            SplittableRandom paper = random.split();
            SplittableRandom aid = random.split();
            Livelihoods livelihoods = new Livelihoods(standard(repos));
            Situations situations = new Situations(households);
            long total = (long) households * (1 + 2 * ReviewYears.YEARS);
            HouseholdWriter register = new HouseholdWriter(repos, maker, livelihoods, situations, life);
            register.write(villages, progress, total);
            ReviewYears years = new ReviewYears(repos, uuids, stamp, livelihoods, situations, life, paper);
            years.write(register.communes(), register.villages(), progress, households, total);
            SupportYears supports = new SupportYears(repos, uuids, stamp, situations, aid);
            supports.write(register.communes(), register.villages(), progress,
                    (long) households * (1 + ReviewYears.YEARS), total);
            long districts = plan.stream().map(p -> p.commune().district().code()).distinct().count();
            return new DemoResult(1, (int) districts, plan.size(), register.villages().size(), households,
                    register.members(), years.rounds(), years.reviews(), supports.events());
        });
    }

    /**
     * The standard the review years classify by: the database's copy when it has one (a clerk may have corrected
     * it), else the shipped one — a bare database made only for the demo holds no standards.
     */
    private static StandardDetails standard(Repositories repos) {
        return repos.standards().find(ReviewYears.STANDARD_CODE).filter(s -> !s.meta().deleted())
                .map(PovertyStandard::details)
                .or(() -> ShippedStandards.load().find(ReviewYears.STANDARD_CODE))
                .orElseThrow(() -> new IllegalStateException("no standard " + ReviewYears.STANDARD_CODE));
    }

    private static void refuseUnlessEmpty(Repositories repos) {
        if (repos.units().count() > 0 || repos.villages().count() > 0 || repos.households().countLive(null) > 0) {
            throw new ValidationException(Violation.of("database", "validation.demo.not-empty"));
        }
    }

    /**
     * Saves the province, its districts and communes (each owned by the unit above; the province by itself, as
     * units made at sign-in are) and the villages (owned by their commune).
     */
    private static Map<CommunePlan, List<Village>> saveUnits(Repositories repos, List<CommunePlan> plan, Uuids uuids,
                                                             ChangeStamp stamp) {
        String province = KonTumUnits.PROVINCE_CODE;
        saveUnit(repos, uuids, stamp, province,
                new UnitDetails(province, UnitLevel.PROVINCE, KonTumUnits.PROVINCE_NAME, null, null, null));
        Map<String, District> districts = new LinkedHashMap<>();
        plan.forEach(p -> districts.putIfAbsent(p.commune().district().code(), p.commune().district()));
        for (District d : districts.values()) {
            saveUnit(repos, uuids, stamp, province,
                    new UnitDetails(d.code(), UnitLevel.DISTRICT, d.name(), province, null, null));
        }
        Map<CommunePlan, List<Village>> villages = new LinkedHashMap<>();
        for (CommunePlan p : plan) {
            Commune c = p.commune();
            saveUnit(repos, uuids, stamp, c.district().code(),
                    new UnitDetails(c.code(), UnitLevel.COMMUNE, c.name(), c.district().code(), null, null));
        }
        for (CommunePlan p : plan) {
            List<Village> saved = new ArrayList<>();
            for (VillagePlan v : p.villages()) {
                Village village = new Village(RecordMeta.born(uuids.next(), p.commune().code(), uuids.next(), stamp),
                        p.commune().code(), v.name(), null, null);
                repos.villages().save(village);
                saved.add(village);
            }
            villages.put(p, saved);
        }
        return villages;
    }

    private static void saveUnit(Repositories repos, Uuids uuids, ChangeStamp stamp, String owner,
                                 UnitDetails details) {
        repos.units().save(new AdminUnit(RecordMeta.born(AdminUnit.idFor(details.code()), owner, uuids.next(), stamp), details));
    }

    /** What was generated. */
    public record DemoResult(int provinces, int districts, int communes, int villages, int households, int members,
                             int rounds, long reviews, long supports) {
    }
}
