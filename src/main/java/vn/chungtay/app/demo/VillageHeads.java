package vn.chungtay.app.demo;

import java.util.List;
import java.util.SplittableRandom;
import vn.chungtay.domain.household.Sex;

/**
 * Who reviews the households of each village: the village head (trưởng thôn), as is usual (DOMAIN.md §2), named in
 * the village's main people's way — "A Phương" in a Xơ-Đăng village, "Nguyễn Văn Hùng" in a Kinh hamlet. Villages
 * elect their head for a term of two and a half years, so some villages have a new one from one review to the next.
 */
final class VillageHeads {

    /** The chance that a village has a new head by the next review. */
    private static final double NEW_HEAD = 0.2;

    private final List<String> ethnicities;
    private final String[] names;
    private final SplittableRandom random;

    /** @param ethnicities the main ethnic group of each village's households, by village index */
    VillageHeads(List<String> ethnicities, SplittableRandom random) {
        this.ethnicities = List.copyOf(ethnicities);
        this.names = new String[ethnicities.size()];
        this.random = random;
        for (int v = 0; v < names.length; v++) {
            names[v] = elect(v);
        }
    }

    /** The head who reviews the village this year. */
    String name(int village) {
        return names[village];
    }

    /** A year passes: some villages elect a new head. */
    void nextYear() {
        for (int v = 0; v < names.length; v++) {
            if (random.nextDouble() < NEW_HEAD) {
                names[v] = elect(v);
            }
        }
    }

    /** Mostly men in their thirties to fifties, as village heads in the highlands are. */
    private String elect(int village) {
        String ethnicity = ethnicities.get(village);
        Sex sex = random.nextDouble() < 0.85 ? Sex.MALE : Sex.FEMALE;
        int birthYear = 1962 + random.nextInt(30);
        return PersonNames.fullName(ethnicity, PersonNames.lineage(ethnicity, random), sex, birthYear, random);
    }
}
