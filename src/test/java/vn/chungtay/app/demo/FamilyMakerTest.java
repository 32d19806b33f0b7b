package vn.chungtay.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.demo.FamilyMaker.Sketch;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;

class FamilyMakerTest {

    /** Households drawn as the province draws them: a commune's mix, then the head's group. */
    private static List<List<Sketch>> households(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        FamilyMaker maker = new FamilyMaker(random);
        EthnicMix[] mixes = EthnicMix.values();
        List<List<Sketch>> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            EthnicMix mix = mixes[i % mixes.length];
            out.add(maker.compose(mix.drawHead(random), mix));
        }
        return out;
    }

    @Test
    void householdsHaveOneToTenMembersAndOneHeadFirst() {
        List<List<Sketch>> households = households(20_000, 1);

        int[] sizes = new int[11];
        for (List<Sketch> h : households) {
            assertThat(h).hasSizeBetween(1, 10);
            assertThat(h.get(0).relationship()).isEqualTo(Relationship.HEAD);
            assertThat(h).filteredOn(s -> s.relationship() == Relationship.HEAD).hasSize(1);
            sizes[h.size()]++;
        }
        for (int size = 1; size <= 10; size++) {
            assertThat(sizes[size]).as("households of " + size).isPositive();
        }
        double mean = households.stream().mapToInt(List::size).average().orElseThrow();
        assertThat(mean).isBetween(3.9, 4.6);
    }

    @Test
    void agesFitTheRelationships() {
        for (List<Sketch> h : households(20_000, 2)) {
            Sketch head = h.get(0);
            assertThat(head.age()).isBetween(18, 89);
            for (Sketch s : h) {
                assertThat(s.age()).isBetween(0, 98);
                switch (s.relationship()) {
                    case SPOUSE -> {
                        assertThat(s.sex()).isNotEqualTo(head.sex());
                        assertThat(s.age()).isBetween(17, head.age() + 7);
                    }
                    case CHILD -> assertThat(s.age()).isLessThanOrEqualTo(head.age() - 15);
                    case GRANDCHILD -> assertThat(s.age()).isLessThanOrEqualTo(head.age() - 28);
                    case PARENT -> assertThat(s.age()).isGreaterThanOrEqualTo(head.age() + 20);
                    case CHILD_IN_LAW -> assertThat(s.age()).isGreaterThanOrEqualTo(17);
                    default -> {
                    }
                }
            }
        }
    }

    @Test
    void mostHeadsAreMenWithAWifeAndSomeHouseholdsHoldThreeGenerations() {
        List<List<Sketch>> households = households(20_000, 3);

        long womenHeads = households.stream().filter(h -> h.get(0).sex() == Sex.FEMALE).count();
        long withSpouse = households.stream()
                .filter(h -> h.stream().anyMatch(s -> s.relationship() == Relationship.SPOUSE)).count();
        long threeGenerations = households.stream()
                .filter(h -> h.stream().anyMatch(s -> s.relationship() == Relationship.GRANDCHILD)).count();
        assertThat(womenHeads / 20_000.0).isBetween(0.1, 0.3);
        assertThat(withSpouse / 20_000.0).isBetween(0.65, 0.9);
        assertThat(threeGenerations).isBetween(500L, 5_000L);
    }

    @Test
    void childrenCarryTheFathersFamilyNameOrAmongTheGiaRaiTheMothersClan() {
        for (List<Sketch> h : households(20_000, 4)) {
            Sketch father = h.stream().filter(s -> s.sex() == Sex.MALE && (s.relationship() == Relationship.HEAD
                    || s.relationship() == Relationship.SPOUSE)).findFirst().orElse(null);
            Sketch mother = h.stream().filter(s -> s.sex() == Sex.FEMALE && (s.relationship() == Relationship.HEAD
                    || s.relationship() == Relationship.SPOUSE)).findFirst().orElse(null);
            for (Sketch child : h.stream().filter(s -> s.relationship() == Relationship.CHILD).toList()) {
                Sketch line = child.ethnicity().equals("10") ? mother : father;
                if (line != null && line.ethnicity().equals(child.ethnicity())) {
                    assertThat(child.lineage()).isEqualTo(line.lineage());
                }
            }
        }
    }

    @Test
    void theSameRandomSeedGivesTheSameHouseholds() {
        assertThat(households(500, 9)).isEqualTo(households(500, 9));
        assertThat(households(500, 9)).isNotEqualTo(households(500, 10));
    }
}
