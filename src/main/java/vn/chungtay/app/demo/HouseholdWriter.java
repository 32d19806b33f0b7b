package vn.chungtay.app.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.chungtay.app.demo.KonTumUnits.Commune;
import vn.chungtay.app.demo.ProvinceShape.CommunePlan;
import vn.chungtay.app.demo.ProvinceShape.VillagePlan;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.store.Repositories;

/**
 * Generates the demo's households village by village and inserts them in batches, so that memory holds one batch;
 * for each it keeps only the compact situation the review years need ({@link Situations}), and for each village where
 * its households lie and which people most of them belong to (its head reviews them, {@link VillageHeads}).
 */
final class HouseholdWriter {

    /** A village of the demo: its households are situations {@code from} (inclusive) to {@code to}. */
    record VillagePlace(Village village, String mainEthnicity, int from, int to) {
    }

    /** A commune of the demo: its villages are places {@code firstVillage} (inclusive) to {@code endVillage}. */
    record CommunePlace(String code, int firstVillage, int endVillage) {
    }

    private final Repositories repos;
    private final HouseholdMaker maker;
    private final Livelihoods livelihoods;
    private final Situations situations;
    private final SplittableRandom life;
    private final List<VillagePlace> villages = new ArrayList<>();
    private final List<CommunePlace> communes = new ArrayList<>();
    private final List<Household> batch = new ArrayList<>(DemoService.BATCH);
    private int members;

    HouseholdWriter(Repositories repos, HouseholdMaker maker, Livelihoods livelihoods, Situations situations,
                    SplittableRandom life) {
        this.repos = repos;
        this.maker = maker;
        this.livelihoods = livelihoods;
        this.situations = situations;
        this.life = life;
    }

    /** Generates and inserts the households of the planned villages; progress counts one unit a household. */
    void write(Map<CommunePlan, List<Village>> planned, Progress progress, long total) {
        progress.update(0, total);
        for (Map.Entry<CommunePlan, List<Village>> entry : planned.entrySet()) {
            Commune commune = entry.getKey().commune();
            List<VillagePlan> plans = entry.getKey().villages();
            double communeEffect = Livelihoods.communeEffect(commune.mix(), life);
            int firstVillage = villages.size();
            int number = 0;
            for (int v = 0; v < plans.size(); v++) {
                Village village = entry.getValue().get(v);
                double placeEffect = Livelihoods.villageEffect(communeEffect, life);
                Map<String, Integer> heads = new HashMap<>();
                int from = situations.size();
                for (int i = 0; i < plans.get(v).households(); i++) {
                    Household h = maker.make(commune, village.meta().id(), village.name(), ++number);
                    int index = livelihoods.add(situations, h, villages.size(), placeEffect, life);
                    situations.pupils(index, pupils(h));
                    h.head().ifPresent(head -> heads.merge(head.details().ethnicity(), 1, Integer::sum));
                    batch.add(h);
                    members += h.members().size();
                    if (batch.size() == DemoService.BATCH) {
                        flush(progress, total);
                    }
                }
                villages.add(new VillagePlace(village, mainEthnicity(heads), from, situations.size()));
            }
            communes.add(new CommunePlace(commune.code(), firstVillage, villages.size()));
        }
        if (!batch.isEmpty()) {
            flush(progress, total);
        }
    }

    List<VillagePlace> villages() {
        return villages;
    }

    List<CommunePlace> communes() {
        return communes;
    }

    int members() {
        return members;
    }

    private void flush(Progress progress, long total) {
        progress.checkCancelled();
        repos.households().insertAll(batch);
        batch.clear();
        progress.update(situations.size(), total);
    }

    /**
     * Members of the ages whose schooling charges tuition: preschool (3–5) and secondary school (11–17); primary school
     * is free by law, so tuition exemptions never concern it.
     */
    private static int pupils(Household h) {
        int count = 0;
        for (var m : h.members()) {
            int age = m.details().birth().ageOn(MemberMaker.REFERENCE_DAY);
            if (age >= 3 && age <= 5 || age >= 11 && age <= 17) {
                count++;
            }
        }
        return count;
    }

    /** The group most heads belong to (the smaller code on a tie, so that the choice never depends on hashing). */
    private static String mainEthnicity(Map<String, Integer> heads) {
        String best = "01";
        int most = 0;
        for (Map.Entry<String, Integer> e : heads.entrySet()) {
            if (e.getValue() > most || (e.getValue() == most && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
