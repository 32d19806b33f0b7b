package vn.chungtay.app.demo;

import java.util.UUID;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.review.HouseholdCategories;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.Transition;

/**
 * What the demo remembers of every household between its review years: identity, village, size, the categories the
 * reports count, its latent living conditions ({@link Livelihoods}) and its class history. The households themselves
 * are written batch by batch and never held, so this one compact row each — arrays of primitives, about 50 bytes a
 * household, 7 MB for Kon Tum's 130,000 (DOMAIN.md §7) — is all that spans the years.
 *
 * <p>The class history is exactly what {@link vn.chungtay.domain.review.RoundHistory} derives for periodic rounds that
 * review every household: the class of the previous round, and whether the household was poor or near-poor in any
 * round before that one (re-poor, re-near-poor; DOMAIN.md §2). What each year's review found is kept too, for the
 * supports given after it ({@link SupportYears}).
 */
final class Situations {

    static final int MINORITY = 1;
    static final int URBAN = 2;
    static final int NO_WORK_CAPACITY = 4;
    static final int FEMALE_HEAD = 8;
    static final int MERITORIOUS = 16;

    private static final int CLASS_BITS = 7;
    private static final int SHOCK = 8;
    private static final int POOR_HOUSING = 16;
    private static final int EARLIER_POOR = 1;
    private static final int EARLIER_NEAR_POOR = 2;
    private static final PovertyClass[] CLASSES = PovertyClass.values();

    private final long[] idHigh;
    private final long[] idLow;
    private final int[] village;
    private final byte[] persons;
    private final byte[] flags;
    /** Indicators (bits by the standard's positions) the household could lack at all, given who lives in it. */
    private final short[] eligible;
    /** Indicators its composition alone decides (no working member; more than half dependants). */
    private final short[] fixed;
    /** Natural logarithm of the permanent part of income, VND per person per month. */
    private final double[] logIncome;
    private final short[] lacking;
    private final long[] income;
    /** The class of the previous round, ordinal + 1; 0 before the first round. */
    private final byte[] previous;
    private final byte[] earlier;
    /** Members of the ages whose school charges tuition (preschool 3–5, secondary 11–17) on the reference day. */
    private final byte[] pupils;
    /**
     * What each review year found, {@code YEARS} bytes a household: the class (ordinal + 1) in the low bits, and
     * whether a shock struck and whether the house was poor that year; the demo's supports are given by them.
     */
    private final byte[] years;
    private int size;

    Situations(int capacity) {
        idHigh = new long[capacity];
        idLow = new long[capacity];
        village = new int[capacity];
        persons = new byte[capacity];
        flags = new byte[capacity];
        eligible = new short[capacity];
        fixed = new short[capacity];
        logIncome = new double[capacity];
        lacking = new short[capacity];
        income = new long[capacity];
        previous = new byte[capacity];
        earlier = new byte[capacity];
        pupils = new byte[capacity];
        years = new byte[capacity * ReviewYears.YEARS];
    }

    /** Appends a household; returns its index. */
    int add(UUID id, int villageIndex, int personCount, int flagBits, int eligibleBits, int fixedBits) {
        int i = size++;
        idHigh[i] = id.getMostSignificantBits();
        idLow[i] = id.getLeastSignificantBits();
        village[i] = villageIndex;
        persons[i] = (byte) personCount;
        flags[i] = (byte) flagBits;
        eligible[i] = (short) eligibleBits;
        fixed[i] = (short) fixedBits;
        return i;
    }

    int size() {
        return size;
    }

    UUID id(int i) {
        return new UUID(idHigh[i], idLow[i]);
    }

    int village(int i) {
        return village[i];
    }

    int persons(int i) {
        return persons[i];
    }

    boolean is(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    Area area(int i) {
        return is(i, URBAN) ? Area.URBAN : Area.RURAL;
    }

    HouseholdCategories categories(int i) {
        return new HouseholdCategories(is(i, MINORITY), is(i, NO_WORK_CAPACITY), is(i, MERITORIOUS),
                is(i, FEMALE_HEAD));
    }

    int eligible(int i) {
        return eligible[i];
    }

    int fixed(int i) {
        return fixed[i];
    }

    double logIncome(int i) {
        return logIncome[i];
    }

    void logIncome(int i, double value) {
        logIncome[i] = value;
    }

    int lacking(int i) {
        return lacking[i] & 0xFFFF;
    }

    void lacking(int i, int bits) {
        lacking[i] = (short) bits;
    }

    /** This year's income, VND per person per month, as the reviewer records it. */
    long income(int i) {
        return income[i];
    }

    void income(int i, long vnd) {
        income[i] = vnd;
    }

    /** The class of the previous round; {@code null} before the first. */
    PovertyClass previousClass(int i) {
        return previous[i] == 0 ? null : CLASSES[previous[i] - 1];
    }

    /**
     * The transition to {@code now} by {@link Transition#of} with RoundHistory's rules, and moves the history on: the
     * previous class joins "before the previous round", {@code now} becomes the previous class.
     */
    Transition advance(int i, PovertyClass now) {
        PovertyClass before = previousClass(i);
        Transition t = Transition.of(before, now, (earlier[i] & EARLIER_POOR) != 0,
                (earlier[i] & EARLIER_NEAR_POOR) != 0);
        if (before == PovertyClass.POOR) {
            earlier[i] |= EARLIER_POOR;
        } else if (before == PovertyClass.NEAR_POOR) {
            earlier[i] |= EARLIER_NEAR_POOR;
        }
        previous[i] = (byte) (now.ordinal() + 1);
        return t;
    }

    int pupils(int i) {
        return pupils[i];
    }

    void pupils(int i, int count) {
        pupils[i] = (byte) count;
    }

    /** Remembers what the review of {@code year} found for the household. */
    void remember(int i, int year, PovertyClass found, boolean shock, boolean poorHousing) {
        years[i * ReviewYears.YEARS + year - ReviewYears.FIRST_YEAR] = (byte) ((found.ordinal() + 1)
                | (shock ? SHOCK : 0) | (poorHousing ? POOR_HOUSING : 0));
    }

    /** The class the review of {@code year} found; {@code null} outside the review years or before it was made. */
    PovertyClass classIn(int i, int year) {
        if (year < ReviewYears.FIRST_YEAR || year > ReviewYears.LAST_YEAR) {
            return null;
        }
        int bits = years[i * ReviewYears.YEARS + year - ReviewYears.FIRST_YEAR] & CLASS_BITS;
        return bits == 0 ? null : CLASSES[bits - 1];
    }

    /** Whether a shock (illness, crop failure, a death) struck the household in {@code year}. */
    boolean shockIn(int i, int year) {
        return (years[i * ReviewYears.YEARS + year - ReviewYears.FIRST_YEAR] & SHOCK) != 0;
    }

    /** Whether the household's house was makeshift or too small in {@code year}. */
    boolean poorHousingIn(int i, int year) {
        return (years[i * ReviewYears.YEARS + year - ReviewYears.FIRST_YEAR] & POOR_HOUSING) != 0;
    }
}
