package vn.chungtay.app.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.OTHER_COMMUNE;
import static vn.chungtay.testsupport.Fixtures.family;
import static vn.chungtay.testsupport.Fixtures.renamed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitDetails;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Repositories;
import vn.chungtay.store.Store;
import vn.chungtay.testsupport.Fixtures;

/**
 * The content digest over records written straight into stores, so that two databases can hold the very same records
 * (same ids) with different bookkeeping: a digest equal on both is what lets two installations compare registers.
 */
class ContentDigestTest {

    /** SHA-256 of no bytes at all. */
    private static final String EMPTY_DIGEST = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Runs the work on a fresh store of its own and returns the digest of the whole database. */
    private static String digestOf(Consumer<Repositories> work) {
        try (Database db = Database.open(DbLocation.inMemory())) {
            Store store = new Store(db);
            store.run(work);
            return new StatsService(store, Fixtures.CLOCK).stats(null).digest();
        }
    }

    @Test
    void theDigestHashesOneCanonicalJsonLineARecord() throws Exception {
        UUID id = UUID.fromString("0195a0c0-0000-7000-8000-0000000000aa");
        String digest = digestOf(r -> r.villages().save(new Village(Fixtures.meta(id, COMMUNE), COMMUNE,
                "Thôn Kon Klor", null, null)));

        assertThat(digest).isEqualTo(sha256("{\"type\":\"village\",\"id\":\"" + id + "\",\"owner\":\"23425\","
                + "\"commune\":\"23425\",\"name\":\"Thôn Kon Klor\",\"validFrom\":null,\"validTo\":null}\n"));
    }

    /** The same content, born elsewhere: other revisions, another installation and person, another time. */
    private static final ChangeStamp ELSEWHERE = new ChangeStamp(UUID.randomUUID(), "Trần Thị Bình",
            Instant.parse("2026-01-02T03:04:05Z"));

    private static AdminUnit unit(String id, UnitDetails details) {
        return new AdminUnit(Fixtures.meta(UUID.fromString(id), details.parentCode() == null ? details.code()
                : details.parentCode()), details);
    }

    private static AdminUnit rebooked(AdminUnit u) {
        return new AdminUnit(new RecordMeta(u.meta().id(), u.meta().ownerUnit(),
                u.meta().revision().next(UUID.randomUUID()), ELSEWHERE, false), u.details());
    }

    private static Village rebooked(Village v) {
        return new Village(new RecordMeta(v.meta().id(), v.meta().ownerUnit(),
                v.meta().revision().next(UUID.randomUUID()), ELSEWHERE, false), v.communeCode(), v.name(),
                v.validFrom(), v.validTo());
    }

    @Test
    void theDigestIgnoresInsertionOrderAndChangeBookkeeping() {
        List<AdminUnit> units = List.of(
                unit("0195a0c0-0000-7000-8000-000000000001", Fixtures.province()),
                unit("f195a0c0-0000-7000-8000-000000000002", Fixtures.commune()),
                unit("8195a0c0-0000-7000-8000-000000000003", Fixtures.otherCommune()));
        UUID villageId = UUID.fromString("a195a0c0-0000-7000-8000-000000000010");
        List<Village> villages = List.of(
                new Village(Fixtures.meta(villageId, COMMUNE), COMMUNE, "Thôn Kon Klor", null, null),
                new Village(Fixtures.meta(UUID.fromString("1195a0c0-0000-7000-8000-000000000011"), OTHER_COMMUNE),
                        OTHER_COMMUNE, "Thôn 1", null, null));
        List<Household> households = List.of(
                Fixtures.household(UUID.fromString("c195a0c0-0000-4000-8000-000000000020"), COMMUNE, villageId, "1",
                        family("Nguyễn Văn An")),
                Fixtures.household(UUID.fromString("2195a0c0-0000-4000-8000-000000000021"), COMMUNE, villageId, "2",
                        family("Trần Văn Bình")),
                Fixtures.household(UUID.fromString("9195a0c0-0000-4000-8000-000000000022"), OTHER_COMMUNE,
                        villages.get(1).meta().id(), "1", family("Lê Văn Cường")));

        String here = digestOf(r -> {
            units.forEach(r.units()::save);
            villages.forEach(r.villages()::save);
            households.forEach(h -> r.households().save(h, true, h.members()));
        });
        String there = digestOf(r -> {
            List<Household> reversed = new ArrayList<>(households.stream()
                    .map(h -> Fixtures.restamped(h, ELSEWHERE)).toList());
            Collections.reverse(reversed);
            r.households().insertAll(reversed);
            for (int i = villages.size() - 1; i >= 0; i--) {
                r.villages().save(rebooked(villages.get(i)));
            }
            for (int i = units.size() - 1; i >= 0; i--) {
                r.units().save(rebooked(units.get(i)));
            }
        });
        Household renamedMember = withMemberRenamed(households.get(2), 1, "Y Bhơ Niê");
        String different = digestOf(r -> {
            units.forEach(r.units()::save);
            villages.forEach(r.villages()::save);
            List.of(households.get(0), households.get(1), renamedMember)
                    .forEach(h -> r.households().save(h, true, h.members()));
        });

        assertThat(here).isEqualTo(there).isNotEqualTo(EMPTY_DIGEST);
        assertThat(different).isNotEqualTo(here);
    }

    private static Household withMemberRenamed(Household h, int index, String name) {
        List<Member> members = new ArrayList<>(h.members());
        Member m = members.get(index);
        members.set(index, new Member(m.meta(), m.householdId(), m.position(), renamed(m.details(), name)));
        return new Household(h.meta(), h.details(), members);
    }

    @Test
    void theCommuneDigestCoversOnlyThatCommunesRecords() {
        UUID villageId = UUID.fromString("a195a0c0-0000-7000-8000-000000000010");
        Village v = new Village(Fixtures.meta(villageId, COMMUNE), COMMUNE, "Thôn Kon Klor", null, null);
        Household mine = Fixtures.household(UUID.fromString("c195a0c0-0000-4000-8000-000000000020"), COMMUNE,
                villageId, "1", family("Nguyễn Văn An"));
        Household theirs = Fixtures.household(UUID.fromString("9195a0c0-0000-4000-8000-000000000022"),
                OTHER_COMMUNE, UUID.randomUUID(), "1", family("Lê Văn Cường"));
        AdminUnit province = unit("0195a0c0-0000-7000-8000-000000000001", Fixtures.province());

        String alone;
        String withNeighbours;
        try (Database a = Database.open(DbLocation.inMemory()); Database b = Database.open(DbLocation.inMemory())) {
            new Store(a).run(r -> {
                r.villages().save(v);
                r.households().save(mine, true, mine.members());
            });
            new Store(b).run(r -> {
                r.units().save(province);
                r.villages().save(v);
                r.households().insertAll(List.of(theirs, mine));
            });
            alone = new StatsService(new Store(a), Fixtures.CLOCK).stats(COMMUNE).digest();
            withNeighbours = new StatsService(new Store(b), Fixtures.CLOCK).stats(COMMUNE).digest();
            assertThat(new StatsService(new Store(b), Fixtures.CLOCK).stats(null).digest()).isNotEqualTo(alone);
        }

        assertThat(withNeighbours).isEqualTo(alone);
    }
}
