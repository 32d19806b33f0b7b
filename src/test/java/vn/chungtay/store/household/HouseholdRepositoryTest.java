package vn.chungtay.store.household;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.OTHER_COMMUNE;
import static vn.chungtay.testsupport.Fixtures.family;
import static vn.chungtay.testsupport.Fixtures.household;
import static vn.chungtay.testsupport.Fixtures.person;
import static vn.chungtay.testsupport.Fixtures.renamed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Store;
import vn.chungtay.testsupport.Fixtures;

class HouseholdRepositoryTest {

    private Database db;
    private Store store;
    private UUID village;
    private UUID otherVillage;

    @BeforeEach
    void open() {
        db = Database.open(DbLocation.inMemory());
        store = new Store(db);
        village = saveVillage(COMMUNE, "Thôn Kon Klor");
        otherVillage = saveVillage(COMMUNE, "Thôn Đắk Rơ");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private UUID saveVillage(String commune, String name) {
        Village v = new Village(Fixtures.meta(UUID.randomUUID(), commune), commune, name, null, null);
        store.run(r -> r.villages().save(v));
        return v.meta().id();
    }

    private Household save(Household h) {
        store.run(r -> r.households().save(h, true, h.members()));
        return h;
    }

    private Household headedBy(String headName, String number) {
        return household(UUID.randomUUID(), COMMUNE, village, number, family(headName));
    }

    private static List<String> heads(List<HouseholdSummary> page) {
        return page.stream().map(HouseholdSummary::headName).toList();
    }

    @Test
    void saveAndFindRoundTripWithMembersInPositionOrder() {
        Household h = headedBy("Nguyễn Văn An", "12");
        List<Member> shuffled = new ArrayList<>(h.members());
        Collections.reverse(shuffled);
        store.run(r -> r.households().save(h, true, shuffled));

        Household found = store.reading().households().find(h.id()).orElseThrow();

        assertThat(found).isEqualTo(h);
        assertThat(found.members()).extracting(Member::position).containsExactly(0, 1, 2);
        assertThat(found.head().orElseThrow().details().fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(found.communeCode()).isEqualTo(COMMUNE);
        assertThat(store.reading().households().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anEditReplacesTheRow() {
        Household h = save(headedBy("Nguyễn Văn An", "12"));
        RecordMeta edited = h.meta().edited(UUID.randomUUID(), Fixtures.STAMP);
        Household moved = new Household(edited, Fixtures.details("12A", otherVillage), h.members());

        save(moved);

        Household found = store.reading().households().find(h.id()).orElseThrow();
        assertThat(found).isEqualTo(moved);
        assertThat(found.meta().revision().number()).isEqualTo(2);
        assertThat(store.reading().households().count(HouseholdFilter.all())).isEqualTo(1);
    }

    @Test
    void aMembersOnlySaveRefreshesTheListColumnsButNotTheHouseholdRow() {
        Household h = save(headedBy("Nguyễn Văn An", "12"));
        long seqBefore = Fixtures.tracking(db.location(), "household", h.id()).orElseThrow().localSeq();
        Member head = h.members().get(0);
        Member renamedHead = new Member(head.meta().edited(UUID.randomUUID(), Fixtures.STAMP), h.id(), 0,
                renamed(head.details(), "Nguyễn Văn Bảo"));
        List<Member> members = List.of(renamedHead, h.members().get(1), h.members().get(2));

        store.run(r -> r.households().save(new Household(h.meta(), h.details(), members), false,
                List.of(renamedHead)));

        Fixtures.Tracking after = Fixtures.tracking(db.location(), "household", h.id()).orElseThrow();
        assertThat(after.localSeq()).isEqualTo(seqBefore);
        assertThat(after.rev()).isEqualTo(1);
        assertThat(heads(store.reading().households().page(HouseholdFilter.all(), 0, 10)))
                .containsExactly("Nguyễn Văn Bảo");
        assertThat(store.reading().households().count(HouseholdFilter.all().withText("bao"))).isEqualTo(1);
        assertThat(store.reading().households().find(h.id()).orElseThrow().members().get(0)).isEqualTo(renamedHead);
    }

    @Test
    void pagesAreInVietnameseOrderOfTheHeadsGivenName() {
        for (String head : List.of("Lê Văn Đức", "Nguyễn Thị Bình", "Trần Văn An", "Vũ Thị Ánh", "Hoàng Văn Ân",
                "Phạm Thị Dung", "Nguyễn Văn Anh", "Nguyễn Văn An", "Đỗ Thị Ơn", "Lý Văn Ôn")) {
            save(headedBy(head, "n-" + head.length()));
        }

        List<HouseholdSummary> all = store.reading().households().page(HouseholdFilter.all(), 0, 100);

        assertThat(heads(all)).containsExactly("Nguyễn Văn An", "Trần Văn An", "Nguyễn Văn Anh", "Vũ Thị Ánh",
                "Hoàng Văn Ân", "Nguyễn Thị Bình", "Phạm Thị Dung", "Lê Văn Đức", "Lý Văn Ôn", "Đỗ Thị Ơn");
    }

    @Test
    void sameHeadNameIsOrderedByHouseholdNumber() {
        save(headedBy("Nguyễn Văn An", "3"));
        save(headedBy("Nguyễn Văn An", "1"));
        save(headedBy("An", "2"));

        assertThat(store.reading().households().page(HouseholdFilter.all(), 0, 10))
                .extracting(HouseholdSummary::number).containsExactly("2", "1", "3");
    }

    @Test
    void pagesTileTheListAndCountMatches() {
        for (int i = 0; i < 7; i++) {
            save(headedBy("Nguyễn Văn " + (char) ('A' + i), "h" + i));
        }
        HouseholdFilter filter = HouseholdFilter.all();
        List<HouseholdSummary> all = store.reading().households().page(filter, 0, 100);

        List<HouseholdSummary> tiled = new ArrayList<>();
        tiled.addAll(store.reading().households().page(filter, 0, 3));
        tiled.addAll(store.reading().households().page(filter, 3, 3));
        tiled.addAll(store.reading().households().page(filter, 6, 3));

        assertThat(store.reading().households().count(filter)).isEqualTo(7).isEqualTo(all.size());
        assertThat(tiled).isEqualTo(all);
        assertThat(store.reading().households().page(filter, 6, 3)).hasSize(1);
        assertThat(store.reading().households().page(filter, 7, 3)).isEmpty();
    }

    @Test
    void summariesCarryTheVillageNameAndMemberCount() {
        Household h = save(headedBy("Nguyễn Văn An", "12"));

        HouseholdSummary s = store.reading().households().page(HouseholdFilter.all(), 0, 1).get(0);

        assertThat(s).isEqualTo(new HouseholdSummary(h.id(), COMMUNE, "12", "Nguyễn Văn An", "Thôn Kon Klor",
                h.details().area(), 3, h.details().address()));
    }

    @Test
    void communeAndVillageFilters() {
        Household inVillage = save(headedBy("Nguyễn Văn An", "1"));
        Household inOtherVillage = save(household(UUID.randomUUID(), COMMUNE, otherVillage, "2",
                family("Trần Văn Bình")));
        Household inOtherCommune = save(household(UUID.randomUUID(), OTHER_COMMUNE,
                saveVillage(OTHER_COMMUNE, "Thôn 1"), "1", family("Lê Văn Cường")));
        var repo = store.reading().households();

        assertThat(repo.page(new HouseholdFilter("", Set.of(COMMUNE), null), 0, 10))
                .extracting(HouseholdSummary::id).containsExactly(inVillage.id(), inOtherVillage.id());
        assertThat(repo.page(new HouseholdFilter("", Set.of(OTHER_COMMUNE), null), 0, 10))
                .extracting(HouseholdSummary::id).containsExactly(inOtherCommune.id());
        assertThat(repo.page(new HouseholdFilter("", Set.of(COMMUNE, OTHER_COMMUNE), null), 0, 10)).hasSize(3);
        assertThat(repo.page(new HouseholdFilter("", Set.of(), null), 0, 10)).isEmpty();
        assertThat(repo.page(new HouseholdFilter("", null, otherVillage), 0, 10))
                .extracting(HouseholdSummary::id).containsExactly(inOtherVillage.id());
        assertThat(repo.count(new HouseholdFilter("", Set.of(COMMUNE), village))).isEqualTo(1);
        assertThat(repo.count(new HouseholdFilter("", Set.of(OTHER_COMMUNE), village))).isZero();
        assertThat(repo.countLive(COMMUNE)).isEqualTo(2);
        assertThat(repo.countLive(null)).isEqualTo(3);
        assertThat(repo.communesWithHouseholds()).containsExactly(COMMUNE, OTHER_COMMUNE);
    }

    @Test
    void tombstonedHouseholdsLeaveTheListsButAreStillFound() {
        Household kept = save(headedBy("Nguyễn Văn An", "1"));
        Household gone = save(headedBy("Trần Văn Bình", "2"));
        List<Member> memberTombstones = gone.members().stream()
                .map(m -> new Member(m.meta().tombstoned(UUID.randomUUID(), Fixtures.STAMP), m.householdId(),
                        m.position(), m.details()))
                .toList();

        store.run(r -> r.households().save(new Household(gone.meta().tombstoned(UUID.randomUUID(), Fixtures.STAMP),
                gone.details(), List.of()), true, memberTombstones));

        var repo = store.reading().households();
        assertThat(repo.page(HouseholdFilter.all(), 0, 10)).extracting(HouseholdSummary::id)
                .containsExactly(kept.id());
        assertThat(repo.count(HouseholdFilter.all())).isEqualTo(1);
        assertThat(repo.count(HouseholdFilter.all().withText("binh"))).isZero();
        assertThat(repo.countLive(COMMUNE)).isEqualTo(1);
        Household tombstone = repo.find(gone.id()).orElseThrow();
        assertThat(tombstone.meta().deleted()).isTrue();
        assertThat(tombstone.meta().revision().number()).isEqualTo(2);
        assertThat(tombstone.members()).isEmpty();
        assertThat(store.reading().members().countLive(COMMUNE)).isEqualTo(3);
    }

    @Test
    void numberTakenLooksAtLiveHouseholdsOfTheSameCommune() {
        Household h = save(headedBy("Nguyễn Văn An", "12"));
        var repo = store.reading().households();

        assertThat(repo.numberTaken(COMMUNE, "12", null)).isTrue();
        assertThat(repo.numberTaken(COMMUNE, "12", UUID.randomUUID())).isTrue();
        assertThat(repo.numberTaken(COMMUNE, "12", h.id())).isFalse();
        assertThat(repo.numberTaken(COMMUNE, "13", null)).isFalse();
        assertThat(repo.numberTaken(COMMUNE, "1", null)).isFalse();
        assertThat(repo.numberTaken(OTHER_COMMUNE, "12", null)).isFalse();

        store.run(r -> r.households().save(new Household(h.meta().tombstoned(UUID.randomUUID(), Fixtures.STAMP),
                h.details(), List.of()), true, List.of()));

        assertThat(store.reading().households().numberTaken(COMMUNE, "12", null)).isFalse();
    }

    @Test
    void holdersOfAnIdNumberAreLiveMembersOfLiveHouseholds() {
        Household a = save(headedBy("Nguyễn Văn An", "1"));
        Household b = save(headedBy("Trần Văn Bình", "2"));
        String shared = a.members().get(0).details().idDocument().number();

        var holders = store.reading().members().holdersOf(shared);

        assertThat(holders).extracting(h -> h.householdId()).containsExactly(a.id(), b.id());
        assertThat(holders.get(0).fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(holders.get(1).householdNumber()).isEqualTo("2");
        assertThat(store.reading().members().holdersOf("000000000000")).isEmpty();
        assertThat(store.reading().members().countLive(null)).isEqualTo(6);
    }

    @Test
    void insertAllWritesBatchesThatReadBackEqual() {
        List<Household> batch = List.of(
                headedBy("Nguyễn Văn An", "1"),
                household(UUID.randomUUID(), COMMUNE, otherVillage, "2", List.of(
                        person("Lò Văn Pọm", Sex.MALE, 1950, Relationship.HEAD))),
                household(UUID.randomUUID(), OTHER_COMMUNE, village, "3", family("Trần Thị Bình")));

        store.run(r -> r.households().insertAll(batch));

        for (Household h : batch) {
            assertThat(store.reading().households().find(h.id())).contains(h);
        }
        assertThat(store.reading().households().count(HouseholdFilter.all())).isEqualTo(3);
        assertThat(store.reading().members().countLive(null)).isEqualTo(7);
        assertThat(heads(store.reading().households().page(HouseholdFilter.all(), 0, 10)))
                .containsExactly("Nguyễn Văn An", "Trần Thị Bình", "Lò Văn Pọm");
    }

    @Test
    void insertAllOfNothingWritesNothing() {
        store.run(r -> r.households().insertAll(List.of()));

        assertThat(store.reading().households().count(HouseholdFilter.all())).isZero();
    }

    @Test
    void aHouseholdWithoutAHeadListsAnEmptyHeadName() {
        MemberDetails child = person("Nguyễn Thị Hoa", Sex.FEMALE, 2010, Relationship.CHILD);
        save(household(UUID.randomUUID(), COMMUNE, village, "9", List.of(child)));

        assertThat(store.reading().households().page(HouseholdFilter.all(), 0, 1)).singleElement()
                .satisfies(s -> {
                    assertThat(s.headName()).isEmpty();
                    assertThat(s.memberCount()).isEqualTo(1);
                });
    }
}
