package vn.chungtay.store.household;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.OTHER_COMMUNE;
import static vn.chungtay.testsupport.Fixtures.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Store;
import vn.chungtay.testsupport.Fixtures;

/**
 * {@code forEachLive} walks households in id order and merges a second cursor of members ordered by household id.
 * The merge compares UUIDs unsigned, as the database orders them; ids whose top bit is set (random v4 ids, ids from
 * other systems) are where a signed comparison would disagree and members would be lost.
 */
class HouseholdStreamingTest {

    private static final Comparator<UUID> UNSIGNED = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    /** Ids at the edges of signed and unsigned order, in both halves of each long. */
    private static final List<UUID> EDGE_IDS = List.of(
            UUID.fromString("00000000-0000-4000-8000-000000000001"),
            UUID.fromString("7fffffff-ffff-4fff-bfff-ffffffffffff"),
            UUID.fromString("80000000-0000-4000-8000-000000000000"),
            UUID.fromString("80000000-0000-4000-0000-000000000001"),
            UUID.fromString("80000000-0000-4000-ffff-ffffffffffff"),
            UUID.fromString("ffffffff-ffff-4fff-bfff-fffffffffffe"),
            UUID.fromString("0195a0c0-0000-7000-8000-000000000001"));

    private Database db;
    private Store store;

    @BeforeEach
    void open() {
        db = Database.open(DbLocation.inMemory());
        store = new Store(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A household with {@code size} members whose ids are random too (v4, top bits set or not). */
    private static Household randomHousehold(UUID id, String commune, int size, Random random) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            UUID memberId = new UUID(random.nextLong(), random.nextLong());
            MemberDetails d = person("Thành Viên " + (char) ('A' + i), Sex.FEMALE, 1990,
                    i == 0 ? Relationship.HEAD : Relationship.CHILD);
            members.add(new Member(Fixtures.meta(memberId, commune), id, i, d));
        }
        return new Household(Fixtures.meta(id, commune),
                Fixtures.details(Integer.toHexString(id.hashCode()), UUID.randomUUID()), members);
    }

    private List<Household> streamed(String commune) {
        List<Household> out = new ArrayList<>();
        store.run(r -> r.households().forEachLive(commune, out::add));
        return out;
    }

    @Test
    void theDatabaseOrdersUuidsUnsigned() {
        Random random = new Random(62);
        List<Household> households = new ArrayList<>();
        for (UUID id : EDGE_IDS) {
            households.add(randomHousehold(id, COMMUNE, 1, random));
        }
        store.run(r -> r.households().insertAll(households));

        List<UUID> expected = EDGE_IDS.stream().sorted(UNSIGNED).toList();
        assertThat(streamed(null)).extracting(Household::id).containsExactlyElementsOf(expected);
        assertThat(expected).isNotEqualTo(EDGE_IDS.stream().sorted().toList());
    }

    @Test
    void everyHouseholdComesWithAllItsMembersWhateverItsId() {
        Random random = new Random(2025);
        Map<UUID, Household> written = new HashMap<>();
        List<Household> batch = new ArrayList<>();
        for (UUID id : EDGE_IDS) {
            batch.add(randomHousehold(id, COMMUNE, 1 + random.nextInt(4), random));
        }
        for (int i = 0; i < 60; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            batch.add(randomHousehold(id, i % 3 == 0 ? OTHER_COMMUNE : COMMUNE, 1 + random.nextInt(5), random));
        }
        batch.forEach(h -> written.put(h.id(), h));
        store.run(r -> r.households().insertAll(batch));

        List<Household> all = streamed(null);

        assertThat(all).hasSize(batch.size());
        assertThat(all).extracting(Household::id).isSortedAccordingTo(UNSIGNED);
        for (Household h : all) {
            assertThat(h).as("household %s", h.id()).isEqualTo(written.get(h.id()));
        }
        assertThat(all.stream().mapToInt(h -> h.members().size()).sum())
                .isEqualTo(batch.stream().mapToInt(h -> h.members().size()).sum());
    }

    @Test
    void aCommuneStreamsOnlyItsOwnHouseholdsWithTheirMembers() {
        Random random = new Random(7);
        List<Household> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(randomHousehold(new UUID(random.nextLong(), random.nextLong()),
                    i % 2 == 0 ? COMMUNE : OTHER_COMMUNE, 1 + random.nextInt(3), random));
        }
        store.run(r -> r.households().insertAll(batch));

        List<Household> commune = streamed(COMMUNE);

        List<Household> expected = batch.stream().filter(h -> h.communeCode().equals(COMMUNE))
                .sorted(Comparator.comparing(Household::id, UNSIGNED)).toList();
        assertThat(commune).isEqualTo(expected);
    }

    @Test
    void tombstonedHouseholdsAndMembersAreSkipped() {
        Random random = new Random(11);
        Household kept = randomHousehold(UUID.fromString("c0000000-0000-4000-8000-000000000000"), COMMUNE, 3, random);
        Household gone = randomHousehold(UUID.fromString("90000000-0000-4000-8000-000000000000"), COMMUNE, 2, random);
        Household after = randomHousehold(UUID.fromString("f0000000-0000-4000-8000-000000000000"), COMMUNE, 2, random);
        store.run(r -> r.households().insertAll(List.of(kept, gone, after)));
        Member removed = kept.members().get(1);
        RecordMeta tombstone = removed.meta().tombstoned(UUID.randomUUID(), Fixtures.STAMP);
        Household goneTombstone = new Household(gone.meta().tombstoned(UUID.randomUUID(), Fixtures.STAMP),
                gone.details(), List.of());
        store.run(r -> {
            r.households().save(new Household(kept.meta(), kept.details(),
                            List.of(kept.members().get(0), kept.members().get(2))), false,
                    List.of(new Member(tombstone, kept.id(), 1, removed.details())));
            // the household is a tombstone but its members were left live: the walk must still skip them
            r.households().save(goneTombstone, true, List.of());
        });

        List<Household> live = streamed(COMMUNE);

        assertThat(live).extracting(Household::id).containsExactly(kept.id(), after.id());
        assertThat(live.get(0).members()).extracting(Member::id)
                .containsExactly(kept.members().get(0).id(), kept.members().get(2).id());
        assertThat(live.get(1)).isEqualTo(after);
    }

    @Test
    void anEmptyRegisterStreamsNothing() {
        assertThat(streamed(null)).isEmpty();
        assertThat(streamed(COMMUNE)).isEmpty();
    }
}
