package vn.chungtay.app.demo;

import java.util.List;
import java.util.SplittableRandom;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.domain.household.WorkStatus;
import vn.chungtay.domain.review.StandardDetails;

/**
 * Which deprivation indicators of the standard a demo household lacks (DOMAIN.md §1), as a bit set by the standard's
 * indicator positions, so that a correction of the standard's order or codes never mixes them up.
 *
 * <p>Some follow from who lives in the household: "no member with a stable job" when no one works, "more than half the
 * members dependants" (children under 16, the old who no longer work, those unable to work); nutrition and schooling
 * need a child, adult education a member aged 16–30, health insurance a member aged 6 or more without a card in the
 * register. The others are drawn: more often the further income lies below the line (housing, water, latrine and
 * the means of information above all, as among Kon Tum's poor), except health insurance, which the state pays for
 * poor and minority households in difficult areas, so lacking it hardly depends on income. Every year some
 * deprivations get fixed — faster for the poor, whom the programmes target — and a few appear, many after a shock.
 */
final class Deprivations {

    /**
     * One drawn indicator: how common it is ({@code base}, a log-odds at the poverty line), how much hardship raises
     * it ({@code slope}), the yearly chance a lacking household gets it fixed, and the yearly chance it appears.
     */
    private record Indicator(String code, double base, double slope, double fixes, double appears) {
    }

    private static final List<Indicator> MODEL = List.of(
            new Indicator("employment", -2.3, 0.8, 0.15, 0.006),
            new Indicator("nutrition", -2.8, 0.8, 0.25, 0.005),
            new Indicator("health-insurance", -2.4, 0.15, 0.30, 0.008),
            new Indicator("adult-education", -1.9, 0.9, 0.08, 0.003),
            new Indicator("child-schooling", -2.8, 0.8, 0.25, 0.004),
            new Indicator("housing-quality", -1.7, 1.0, 0.12, 0.002),
            new Indicator("housing-area", -2.5, 0.8, 0.07, 0.002),
            new Indicator("water", -1.7, 0.9, 0.12, 0.002),
            new Indicator("latrine", -1.0, 1.0, 0.10, 0.003),
            new Indicator("telecom", -2.6, 0.9, 0.25, 0.002),
            new Indicator("information-access", -1.5, 1.0, 0.16, 0.003));

    /**
     * Poor households get deprivations fixed faster: programmes build them houses, latrines and water tanks, give
     * them radios and free health-insurance cards (DOMAIN.md §3).
     */
    private static final double SUPPORTED_FIXES = 1.3;
    /** After a shock, losing a stable job, a child's nutrition and a lapsed health card become far likelier. */
    private static final double AFTER_SHOCK = 40;

    /** Who lives in a household, as far as income and deprivations depend on it. */
    record Composition(int size, int dependants, int eligible, int fixed) {

        double dependantShare() {
            return (double) dependants / size;
        }
    }

    private final StandardDetails standard;
    private final Indicator[] byPosition;
    private final int employment;
    private final int dependants;
    private final int nutrition;
    private final int insurance;
    private final int adultEducation;
    private final int schooling;
    private final int afterShock;

    Deprivations(StandardDetails standard) {
        int n = standard.indicators().size();
        if (n > 16) {
            throw new IllegalArgumentException("the demo keeps at most 16 indicators a household");
        }
        this.standard = standard;
        byPosition = new Indicator[n];
        for (int i = 0; i < n; i++) {
            String code = standard.indicators().get(i).code();
            byPosition[i] = MODEL.stream().filter(m -> m.code().equals(code)).findFirst().orElse(null);
        }
        employment = bit("employment");
        dependants = bit("dependants");
        nutrition = bit("nutrition");
        insurance = bit("health-insurance");
        adultEducation = bit("adult-education");
        schooling = bit("child-schooling");
        afterShock = employment | nutrition | insurance;
    }

    /** What the household's members decide: the indicators it can lack at all, and those it lacks for certain. */
    Composition composition(Household household) {
        int size = household.members().size();
        int dependantCount = 0;
        boolean working = false;
        int eligible = 0;
        for (Member m : household.members()) {
            MemberDetails d = m.details();
            int age = d.birth().ageOn(MemberMaker.REFERENCE_DAY);
            working |= d.workStatus() == WorkStatus.WORKING;
            if (age < 16 || d.workStatus() == WorkStatus.UNABLE_TO_WORK
                    || (age >= 60 && d.workStatus() != WorkStatus.WORKING)) {
                dependantCount++;
            }
            eligible |= age < 16 ? nutrition : 0;
            eligible |= age >= 3 && age < 16 ? schooling : 0;
            eligible |= age >= 16 && age <= 30 ? adultEducation : 0;
            eligible |= age >= 6 && d.healthInsuranceNumber().isEmpty() ? insurance : 0;
        }
        int needsMembers = nutrition | schooling | adultEducation | insurance;
        for (int p = 0; p < byPosition.length; p++) {
            if (byPosition[p] != null && (needsMembers & 1 << p) == 0) {
                eligible |= 1 << p;
            }
        }
        int fixed = (working ? 0 : employment) | (dependantCount * 2 > size ? dependants : 0);
        return new Composition(size, dependantCount, eligible | fixed, fixed);
    }

    /** The deprivations of the first review year, for a household whose income lies {@code hardship} below the line. */
    int initial(Composition c, double hardship, SplittableRandom random) {
        int lacking = c.fixed();
        for (int p = 0; p < byPosition.length; p++) {
            Indicator m = byPosition[p];
            if (m != null && (c.eligible() & ~c.fixed() & 1 << p) != 0
                    && random.nextDouble() < logistic(m.base() + m.slope() * hardship)) {
                lacking |= 1 << p;
            }
        }
        return lacking;
    }

    /**
     * A year later: some deprivations fixed, a few new ones.
     *
     * @param supported the household was poor last year, so programmes helped it
     * @param belowLine its income lies below the poverty line
     * @param shock     it suffered a shock this year
     */
    int nextYear(int lacking, int eligible, int fixed, boolean supported, boolean belowLine, boolean shock,
                 SplittableRandom random) {
        int drawn = eligible & ~fixed;
        for (int p = 0; p < byPosition.length; p++) {
            Indicator m = byPosition[p];
            if (m == null || (drawn & 1 << p) == 0) {
                continue;
            }
            if ((lacking & 1 << p) != 0) {
                if (random.nextDouble() < m.fixes() * (supported ? SUPPORTED_FIXES : 1)) {
                    lacking &= ~(1 << p);
                }
            } else {
                double appears = m.appears() * (belowLine ? 2 : 1)
                        * (shock && (afterShock & 1 << p) != 0 ? AFTER_SHOCK : 1);
                if (random.nextDouble() < appears) {
                    lacking |= 1 << p;
                }
            }
        }
        return lacking;
    }

    private int bit(String code) {
        for (int i = 0; i < standard.indicators().size(); i++) {
            if (standard.indicators().get(i).code().equals(code)) {
                return 1 << i;
            }
        }
        return 0;
    }

    private static double logistic(double x) {
        return 1 / (1 + StrictMath.exp(-x));
    }
}
