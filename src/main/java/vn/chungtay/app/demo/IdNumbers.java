package vn.chungtay.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.chungtay.domain.household.Cccd;
import vn.chungtay.domain.household.Sex;

/**
 * Identity and insurance numbers for demo people, each valid and none used twice.
 *
 * <p>A CCCD (DOMAIN.md §6) is the 3-digit code of the province where the birth was registered — "062" for people
 * born in Kon Tum, the home province for many Kinh and northern minorities who settled here as adults — then the
 * century/sex digit, two digits of the birth year and 6 serial digits. Serials come from a counter passed through a
 * fixed permutation of 0–999,999, so they look scattered yet are unique across the province for the first million
 * numbers (a province of about 400,000 households); past that a serial is only reused with a different prefix, so
 * every number stays unique.
 *
 * <p>Old 9-digit ID cards of Kon Tum begin with 23; the social-insurance code printed on health-insurance cards has
 * 10 digits beginning with the province code 62.
 */
final class IdNumbers {

    private static final int SERIALS = 1_000_000;

    /** Where Kinh settlers were born: mostly the central coast, then the north-central and Red River provinces. */
    private static final Weighted<String> KINH_ORIGINS = Weighted.of("051", 25, "052", 15, "049", 15, "040", 10,
            "034", 8, "042", 6, "038", 6, "036", 5, "064", 5, "046", 3, "001", 2);
    private static final Map<String, Weighted<String>> MIGRANT_ORIGINS = Map.of(
            "06", Weighted.of("017", 60, "038", 40),
            "02", Weighted.of("004", 35, "020", 35, "008", 15, "006", 15),
            "03", Weighted.of("040", 40, "014", 30, "038", 20, "011", 10),
            "07", Weighted.of("020", 50, "004", 30, "024", 20),
            "10", Weighted.of("064", 100));

    private final Permutation serials;
    private final Permutation oldIds;
    private final Permutation insurance;
    /** Per round of a million serials: the prefix (+1) that took each slot, to keep numbers unique past a round. */
    private final List<int[]> prefixBySlot = new ArrayList<>();
    private long issued;
    private long oldIssued;
    private long insuranceIssued;

    IdNumbers(SplittableRandom random) {
        serials = new Permutation(SERIALS, random);
        oldIds = new Permutation(10_000_000, random);
        insurance = new Permutation(100_000_000, random);
    }

    /**
     * The province of birth registration: local peoples and anyone born here since 1995 are "062"; older settlers
     * were often born in their home province.
     */
    String registrationCode(String ethnicity, int birthYear, SplittableRandom random) {
        double bornElsewhere = birthYear >= 1995 ? 0.05 : ethnicity.equals("01") ? 0.45
                : ethnicity.equals("10") ? 0.08 : MIGRANT_ORIGINS.containsKey(ethnicity) ? 0.5 : 0;
        if (random.nextDouble() >= bornElsewhere) {
            return Cccd.registrationCode(KonTumUnits.PROVINCE_CODE);
        }
        return MIGRANT_ORIGINS.getOrDefault(ethnicity, KINH_ORIGINS).draw(random);
    }

    /** A new CCCD number that {@link Cccd#check} accepts for the holder. */
    String cccd(String registrationCode, Sex sex, int birthYear) {
        int prefix = Integer.parseInt(registrationCode) * 1000 + Cccd.centurySexDigit(sex, birthYear) * 100
                + birthYear % 100;
        for (int attempt = 0; attempt <= SERIALS; attempt++) {
            int round = (int) (issued / SERIALS);
            int slot = (int) serials.apply(issued % SERIALS);
            issued++;
            if (round == prefixBySlot.size()) {
                prefixBySlot.add(new int[SERIALS]);
            }
            if (!takenEarlier(round, slot, prefix)) {
                prefixBySlot.get(round)[slot] = prefix + 1;
                return digits(prefix, 6) + digits(slot, 6);
            }
        }
        throw new IllegalStateException("every serial of prefix " + prefix + " is taken");
    }

    private boolean takenEarlier(int round, int slot, int prefix) {
        for (int r = 0; r < round; r++) {
            if (prefixBySlot.get(r)[slot] == prefix + 1) {
                return true;
            }
        }
        return false;
    }

    /** A 9-digit old identity card number of Kon Tum. */
    String oldId() {
        return "23" + digits(oldIds.apply(oldIssued++ % 10_000_000), 7);
    }

    /** A 10-digit social-insurance code, as on a health-insurance card. */
    String healthInsurance() {
        return "62" + digits(insurance.apply(insuranceIssued++ % 100_000_000), 8);
    }

    /** The number with leading zeros to the width (String.format is too slow for a million numbers). */
    static String digits(long value, int width) {
        String text = Long.toString(value);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
    }

    /** x ↦ (a·x + b) mod m with a prime to m: a bijection of 0…m−1 that scatters consecutive numbers. */
    private static final class Permutation {

        private final long modulus;
        private final long factor;
        private final long offset;

        Permutation(long modulus, SplittableRandom random) {
            this.modulus = modulus;
            long a;
            do {
                a = modulus / 3 + random.nextLong(modulus / 3);
            } while (a % 2 == 0 || a % 5 == 0);
            this.factor = a;
            this.offset = random.nextLong(modulus);
        }

        long apply(long x) {
            return (factor * x + offset) % modulus;
        }
    }
}
