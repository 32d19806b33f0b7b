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
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Uuids;
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
 * several ethnic groups in realistic shares, valid CCCD numbers.
 *
 * <p>Everything that reaches the content digest comes from the seed: record ids from a seeded id source, every other
 * value from one seeded random stream, ages from a fixed reference day. Only the change stamps (this installation,
 * user "demo", the clock's time) differ between runs, and the digest leaves them out — so the same seed always
 * gives the same digest.
 *
 * <p>All is written in one transaction, in batches, so that a cancelled or failed run leaves the database empty, and
 * memory holds one batch of households at a time.
 */
public final class DemoService {

    /** The user name the demo records are stamped with. */
    static final String USER = "demo";
    /** Households generated and inserted together. */
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
            int members = saveHouseholds(repos, villages, maker, households, progress);
            long districts = plan.stream().map(p -> p.commune().district().code()).distinct().count();
            int villageCount = villages.values().stream().mapToInt(List::size).sum();
            return new DemoResult(1, (int) districts, plan.size(), villageCount, households, members);
        });
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
        repos.units().save(new AdminUnit(RecordMeta.born(uuids.next(), owner, uuids.next(), stamp), details));
    }

    /** Generates and inserts the households batch by batch; returns the number of members. */
    private static int saveHouseholds(Repositories repos, Map<CommunePlan, List<Village>> villages,
                                      HouseholdMaker maker, int total, Progress progress) {
        List<Household> batch = new ArrayList<>(BATCH);
        int done = 0;
        int members = 0;
        progress.update(0, total);
        for (Map.Entry<CommunePlan, List<Village>> entry : villages.entrySet()) {
            Commune commune = entry.getKey().commune();
            List<VillagePlan> plans = entry.getKey().villages();
            int number = 0;
            for (int v = 0; v < plans.size(); v++) {
                Village village = entry.getValue().get(v);
                for (int i = 0; i < plans.get(v).households(); i++) {
                    Household h = maker.make(commune, village.meta().id(), village.name(), ++number);
                    batch.add(h);
                    members += h.members().size();
                    if (batch.size() == BATCH) {
                        done += flush(repos, batch, total, done, progress);
                    }
                }
            }
        }
        if (!batch.isEmpty()) {
            flush(repos, batch, total, done, progress);
        }
        return members;
    }

    private static int flush(Repositories repos, List<Household> batch, int total, int doneBefore,
                             Progress progress) {
        progress.checkCancelled();
        repos.households().insertAll(batch);
        int count = batch.size();
        batch.clear();
        progress.update(doneBefore + count, total);
        return count;
    }

    /** What was generated. */
    public record DemoResult(int provinces, int districts, int communes, int villages, int households, int members) {
    }
}
