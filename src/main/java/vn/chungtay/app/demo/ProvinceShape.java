package vn.chungtay.app.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.chungtay.app.demo.KonTumUnits.Commune;

/**
 * The shape of the demo province for a given number of households: which communes exist, how many villages each
 * has, and how many households live in each village. Kon Tum in 2017 had about 129,000 households in 102 communes
 * and 749 villages (DOMAIN.md §7), so a commune holds about 1,270 households and a village about 172. A smaller
 * demo keeps those densities and takes fewer communes, chosen so that their ethnic make-up still matches the
 * province's; a larger one keeps the 102 communes and makes them bigger.
 */
final class ProvinceShape {

    /** 129,000 households / 102 communes, rounded (DOMAIN.md §7). */
    static final double HOUSEHOLDS_PER_COMMUNE = 1_270;
    /** 129,000 households / 749 villages (DOMAIN.md §7). */
    static final double HOUSEHOLDS_PER_VILLAGE = 172;

    /** The villages of a commune in the plan. */
    record VillagePlan(String name, int households) {
    }

    /** A commune in the plan with its villages, in village order. */
    record CommunePlan(Commune commune, List<VillagePlan> villages) {

        int households() {
            return villages.stream().mapToInt(VillagePlan::households).sum();
        }
    }

    private ProvinceShape() {
    }

    /** The communes (in code order within their districts) and villages holding exactly {@code households}. */
    static List<CommunePlan> plan(int households, SplittableRandom random) {
        List<Commune> all = KonTumUnits.communes();
        int communeCount = (int) Math.max(1, Math.min(all.size(), Math.round(households / HOUSEHOLDS_PER_COMMUNE)));
        List<Commune> chosen = new ArrayList<>(representativeOrder(all).subList(0, communeCount));
        chosen.sort(Comparator.comparingInt(all::indexOf));
        double[] weights = new double[chosen.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = sizeWeight(chosen.get(i)) * (0.8 + 0.4 * random.nextDouble());
        }
        int[] perCommune = allot(households, weights);
        List<CommunePlan> plans = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            plans.add(planCommune(chosen.get(i), perCommune[i], random));
        }
        return plans;
    }

    private static CommunePlan planCommune(Commune commune, int households, SplittableRandom random) {
        int villageCount = (int) Math.max(1, Math.round(households / HOUSEHOLDS_PER_VILLAGE));
        List<String> names = VillageNames.forCommune(commune, villageCount, random);
        double[] weights = new double[villageCount];
        for (int i = 0; i < villageCount; i++) {
            weights[i] = 0.6 + 0.8 * random.nextDouble();
        }
        int[] perVillage = allot(households, weights);
        List<VillagePlan> villages = new ArrayList<>();
        for (int i = 0; i < villageCount; i++) {
            villages.add(new VillagePlan(names.get(i), perVillage[i]));
        }
        return new CommunePlan(commune, villages);
    }

    /**
     * Relative size of a commune: Kon Tum city (about a third of the province's people in a fifth of its communes)
     * has large wards; district towns are larger than the rural communes around them; the remote mountain communes
     * of Tu Mơ Rông, Kon Plông and Đắk Glei hold only a few hundred households each.
     */
    static double sizeWeight(Commune commune) {
        if (commune.isWard()) {
            return 2.2;
        }
        if (commune.isTown()) {
            return 2.0;
        }
        if (commune.district().code().equals("608")) {
            return 1.3;
        }
        return commune.mix() == EthnicMix.XO_DANG_MOUNTAIN ? 0.6 : commune.mix() == EthnicMix.GIE_TRIENG ? 0.8 : 1.0;
    }

    /**
     * Splits {@code total} in proportion to the weights, every share at least 1 when the total allows it, by the
     * largest-remainder method so that the shares add up exactly.
     */
    static int[] allot(int total, double[] weights) {
        int n = weights.length;
        int[] out = new int[n];
        int base = Math.min(1, total / n);
        int rest = total - base * n;
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] remainders = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = rest * weights[i] / sum;
            out[i] = base + (int) Math.floor(exact);
            remainders[i] = exact - Math.floor(exact);
            given += (int) Math.floor(exact);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int k = 0; k < rest - given; k++) {
            out[order.get(k)]++;
        }
        return out;
    }

    /**
     * The communes in the order a smaller demo takes them: each next commune is the one that keeps the share of Kinh
     * households of the communes taken so far closest to the whole province's, preferring districts not yet
     * represented. A demo of five communes thus mixes city, settlers' and mountain communes as the province does.
     */
    static List<Commune> representativeOrder(List<Commune> all) {
        double target = 0;
        double totalWeight = 0;
        for (Commune c : all) {
            target += sizeWeight(c) * c.mix().kinhShare();
            totalWeight += sizeWeight(c);
        }
        target /= totalWeight;
        List<Commune> left = new ArrayList<>(all);
        List<Commune> order = new ArrayList<>();
        Map<String, Integer> perDistrict = new HashMap<>();
        double kinh = 0;
        double weight = 0;
        while (!left.isEmpty()) {
            Commune best = null;
            double bestScore = Double.MAX_VALUE;
            for (Commune c : left) {
                double w = sizeWeight(c);
                double share = (kinh + w * c.mix().kinhShare()) / (weight + w);
                double score = Math.abs(share - target) + 0.03 * perDistrict.getOrDefault(c.district().code(), 0);
                if (score < bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            left.remove(best);
            order.add(best);
            perDistrict.merge(best.district().code(), 1, Integer::sum);
            kinh += sizeWeight(best) * best.mix().kinhShare();
            weight += sizeWeight(best);
        }
        return order;
    }
}
