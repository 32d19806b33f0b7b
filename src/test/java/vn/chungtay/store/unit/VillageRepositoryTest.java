package vn.chungtay.store.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.OTHER_COMMUNE;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Store;
import vn.chungtay.testsupport.Fixtures;

class VillageRepositoryTest {

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

    private Village save(String commune, String name) {
        Village v = new Village(Fixtures.meta(UUID.randomUUID(), commune), commune, name, null, null);
        store.run(r -> r.villages().save(v));
        return v;
    }

    @Test
    void saveAndFindRoundTripWithTrackingColumns() {
        Village v = new Village(Fixtures.meta(UUID.randomUUID(), COMMUNE), COMMUNE, "Thôn Kon Klor",
                LocalDate.of(2010, 1, 1), LocalDate.of(2030, 12, 31));
        store.run(r -> r.villages().save(v));

        Village found = store.reading().villages().find(v.meta().id()).orElseThrow();

        assertThat(found).isEqualTo(v);
        assertThat(found.meta().revision().number()).isEqualTo(1);
        assertThat(found.meta().deleted()).isFalse();
        assertThat(found.meta().lastChange()).isEqualTo(Fixtures.STAMP);
    }

    @Test
    void anUpdateReplacesNameAndRevision() {
        Village v = save(COMMUNE, "Thôn 1");
        Village renamed = new Village(v.meta().edited(UUID.randomUUID(), Fixtures.STAMP), COMMUNE, "Thôn Hòa Bình",
                null, LocalDate.of(2025, 6, 30));

        store.run(r -> r.villages().save(renamed));

        Village found = store.reading().villages().find(v.meta().id()).orElseThrow();
        assertThat(found).isEqualTo(renamed);
        assertThat(found.meta().revision().ancestors()).containsExactly(v.meta().revision().id());
        assertThat(store.reading().villages().count()).isEqualTo(1);
    }

    @Test
    void villagesComeByCommuneThenInVietnameseOrder() {
        save(COMMUNE, "Thôn Kon Klor");
        save(COMMUNE, "Thôn Ea Sup");
        save(COMMUNE, "Thôn Đắk Rơ");
        save(COMMUNE, "Buôn Ma");
        save(COMMUNE, "Ấp Bắc");
        save(COMMUNE, "Làng Hai");
        save(COMMUNE, "Làng Ha Mòn");
        save(OTHER_COMMUNE, "Ấp Mới");

        assertThat(store.reading().villages().ofCommunes(List.of(COMMUNE))).extracting(Village::name)
                .containsExactly("Ấp Bắc", "Buôn Ma", "Làng Ha Mòn", "Làng Hai", "Thôn Đắk Rơ", "Thôn Ea Sup",
                        "Thôn Kon Klor");
        assertThat(store.reading().villages().all()).extracting(Village::communeCode)
                .containsExactly(COMMUNE, COMMUNE, COMMUNE, COMMUNE, COMMUNE, COMMUNE, COMMUNE, OTHER_COMMUNE);
        assertThat(store.reading().villages().ofCommunes(List.of(OTHER_COMMUNE))).extracting(Village::name)
                .containsExactly("Ấp Mới");
    }

    @Test
    void tombstonesLeaveTheListsButAreFoundById() {
        Village kept = save(COMMUNE, "Thôn 1");
        Village gone = save(COMMUNE, "Thôn 2");

        store.run(r -> r.villages().save(new Village(gone.meta().tombstoned(UUID.randomUUID(), Fixtures.STAMP),
                COMMUNE, gone.name(), null, null)));

        assertThat(store.reading().villages().ofCommunes(List.of(COMMUNE))).containsExactly(kept);
        assertThat(store.reading().villages().all()).containsExactly(kept);
        assertThat(store.reading().villages().count()).isEqualTo(1);
        assertThat(store.reading().villages().find(gone.meta().id()).orElseThrow().meta().deleted()).isTrue();
    }

    @Test
    void theLongestNameTheRulesAllowCanBeStored() {
        String longest = "Thôn Đắk Rơ Wang ".repeat(12).substring(0, 199) + "x";
        assertThat(longest).hasSize(200);
        assertThat(Village.violations(longest, null, null)).isEmpty();

        Village v = save(COMMUNE, longest);

        assertThat(store.reading().villages().find(v.meta().id()).orElseThrow().name()).isEqualTo(longest);
    }
}
