package vn.chungtay.app.demo;

import java.util.SplittableRandom;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.review.HouseholdCategories;
import vn.chungtay.domain.review.MinorityRule;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.StandardDetails;

/**
 * The demo's latent model of how households live, from which every review year is read: an income per person per
 * month and the deprivation indicators of the standard the household lacks. The reviews never choose a class: they
 * record this income and these indicators and let the classifier decide, as a reviewer's form does.
 *
 * <p>Calibrated on Kon Tum (DOMAIN.md §7: 20.3% of households poor, 36.21% of ethnic-minority households, Kinh far
 * fewer): incomes are log-normal around a lower median for minority households, lower again for large households, many
 * dependants, no one able to work, remote communes; higher in towns. Incomes grow 6–10% a year against lines fixed for
 * the period (DOMAIN.md §1), so poverty falls a few points a year; transient ups and downs and occasional shocks
 * (illness, crop failure, a death in the family) push some households back below the line — the re-poor and newly
 * poor of the movement table (DOMAIN.md §2). Deprivations ({@link Deprivations}) are more frequent the further
 * income lies below the line.
 *
 * <p>All draws use {@link StrictMath}, so a seed gives the same households on every machine.
 */
final class Livelihoods {

    /** Median income per person per month in 2022, VND: minority and Kinh households of a rural commune. */
    static final double MINORITY_MEDIAN = 1_430_000;
    static final double KINH_MEDIAN = 3_000_000;
    /** Towns earn about a third more. */
    private static final double URBAN_PREMIUM = 0.28;
    /** Spread of the permanent log income between households of the same kind. */
    private static final double SPREAD = 0.50;
    /** Yearly growth of income: mean and spread between households (about 6–10%). */
    private static final double GROWTH = 0.08;
    private static final double GROWTH_SPREAD = 0.025;
    /** Year-to-year ups and downs around the permanent income. */
    private static final double TRANSIENT = 0.08;
    /** Yearly chance of a shock, and the share of shocks whose loss lasts (a breadwinner dies or is disabled). */
    private static final double SHOCK = 0.035;
    private static final double MINORITY_EXTRA_SHOCK = 0.015;
    private static final double LASTING_SHOCK = 0.25;
    /**
     * At the same income, minority households lack more (remote villages: water, roads, schools, latrines); and
     * households differ in what they lack beyond what income explains.
     */
    private static final double MINORITY_HARDSHIP = 0.7;
    private static final double HARDSHIP_SPREAD = 0.8;

    private final StandardDetails standard;
    private final Deprivations deprivations;

    Livelihoods(StandardDetails standard) {
        this.standard = standard;
        this.deprivations = new Deprivations(standard);
    }

    StandardDetails standard() {
        return standard;
    }

    /**
     * How much richer or poorer a commune is than its ethnic make-up alone says: the city and district towns trade,
     * the settlers' communes grow coffee and rubber, the mountain communes of Tu Mơ Rông, Kon Plông and Đắk Glei are
     * the remotest of the province.
     */
    static double communeEffect(EthnicMix mix, SplittableRandom random) {
        double effect = switch (mix) {
            case CITY_WARD -> 0.20;
            case DISTRICT_TOWN -> 0.10;
            case SETTLERS -> 0.05;
            case CITY_FRINGE, XO_DANG_MIXED, BA_NA, GIA_RAI, BO_Y -> 0;
            case MO_RAI -> -0.05;
            case GIE_TRIENG -> -0.10;
            case XO_DANG_MOUNTAIN -> -0.15;
        };
        return effect + normal(random) * 0.05;
    }

    /** A village differs a little from its commune: road, land, market. */
    static double villageEffect(double communeEffect, SplittableRandom random) {
        return communeEffect + normal(random) * 0.08;
    }

    /**
     * Adds the household to {@code situations} with its categories, what it can lack given who lives in it, its
     * permanent income and the deprivations it starts the first review year with.
     */
    int add(Situations situations, Household household, int villageIndex, double placeEffect,
            SplittableRandom random) {
        HouseholdCategories suggested = HouseholdCategories.suggested(household, MinorityRule.HEAD);
        boolean minority = suggested.ethnicMinority();
        boolean urban = household.details().area() == Area.URBAN;
        Deprivations.Composition c = deprivations.composition(household);
        int flags = (minority ? Situations.MINORITY : 0) | (urban ? Situations.URBAN : 0)
                | (suggested.noWorkCapacity() ? Situations.NO_WORK_CAPACITY : 0)
                | (suggested.femaleHead() ? Situations.FEMALE_HEAD : 0)
                | (meritorious(household, minority, random) ? Situations.MERITORIOUS : 0);
        int i = situations.add(household.id(), villageIndex, c.size(), flags, c.eligible(), c.fixed());
        double log = StrictMath.log(minority ? MINORITY_MEDIAN : KINH_MEDIAN) + (urban ? URBAN_PREMIUM : 0)
                + placeEffect - 0.9 * (c.dependantShare() - 0.35) - 0.04 * (c.size() - 4)
                - (suggested.noWorkCapacity() ? 0.4 : 0) + normal(random) * SPREAD;
        situations.logIncome(i, log);
        double hardship = hardship(log, urban) + (minority ? MINORITY_HARDSHIP : 0)
                + normal(random) * HARDSHIP_SPREAD;
        situations.lacking(i, deprivations.initial(c, hardship, random));
        return i;
    }

    /**
     * Moves a household into a review year: after the first, income grows and deprivations get fixed or appear; every
     * year brings its ups and downs, perhaps a shock; then records the year's income.
     *
     * @return whether a shock struck this year
     */
    boolean live(Situations s, int i, boolean firstYear, SplittableRandom random) {
        boolean minority = s.is(i, Situations.MINORITY);
        double log = s.logIncome(i);
        boolean shock = random.nextDouble() < SHOCK + (minority ? MINORITY_EXTRA_SHOCK : 0);
        if (!firstYear) {
            log += GROWTH + normal(random) * GROWTH_SPREAD;
            if (shock && random.nextDouble() < LASTING_SHOCK) {
                log -= 0.2 + 0.3 * random.nextDouble();
            }
            s.logIncome(i, log);
            s.lacking(i, deprivations.nextYear(s.lacking(i), s.eligible(i), s.fixed(i),
                    s.previousClass(i) == PovertyClass.POOR, hardship(log, s.is(i, Situations.URBAN)) > 0, shock,
                    random));
        }
        double year = log + normal(random) * TRANSIENT;
        if (shock) {
            year += StrictMath.log(0.45 + 0.35 * random.nextDouble());
        }
        long vnd = Math.max(150_000, Math.round(StrictMath.exp(year) / 1_000) * 1_000);
        s.income(i, vnd);
        return shock;
    }

    /** How far below the poverty line the permanent income lies, in units of about half a log (positive below). */
    private double hardship(double logIncome, boolean urban) {
        long line = standard.lines(urban ? Area.URBAN : Area.RURAL).povertyLine();
        return (StrictMath.log(line) - logIncome) / 0.45;
    }

    /**
     * About 1.5% of households have a person of meritorious service to the revolution (veterans, war invalids, martyrs'
     * families): mostly older Kinh households.
     */
    private static boolean meritorious(Household household, boolean minority, SplittableRandom random) {
        int headAge = household.head().map(h -> h.details().birth().ageOn(MemberMaker.REFERENCE_DAY)).orElse(40);
        double share = headAge >= 60 ? (minority ? 0.02 : 0.06) : (minority ? 0.003 : 0.008);
        return random.nextDouble() < share;
    }

    /** A standard normal draw (Box–Muller with StrictMath, so every machine draws the same). */
    static double normal(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }
}
