package vn.chungtay.store.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.PROVINCE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitDetails;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Store;
import vn.chungtay.testsupport.Fixtures;

class UnitRepositoryTest {

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

    private AdminUnit save(AdminUnit unit) {
        store.run(r -> r.units().save(unit));
        return unit;
    }

    @Test
    void saveAndFindRoundTripEveryColumn() {
        AdminUnit commune = save(new AdminUnit(Fixtures.meta(UUID.randomUUID(), PROVINCE),
                new UnitDetails("00001", UnitLevel.COMMUNE, "Phường Phúc Xá", "001", LocalDate.of(2008, 8, 1),
                        LocalDate.of(2025, 6, 30))));

        AdminUnit found = store.reading().units().find(commune.meta().id()).orElseThrow();

        assertThat(found).isEqualTo(commune);
        assertThat(found.code()).isEqualTo("00001");
        assertThat(found.meta().revision().number()).isEqualTo(1);
        assertThat(found.meta().lastChange()).isEqualTo(Fixtures.STAMP);
        assertThat(store.reading().units().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anEditReplacesTheRowWithItsNewRevisionAndStamp() {
        AdminUnit province = save(new AdminUnit(Fixtures.meta(UUID.randomUUID(), PROVINCE), Fixtures.province()));
        ChangeStamp later = new ChangeStamp(UUID.randomUUID(), "Trần Thị Bình", Instant.parse("2025-07-01T01:02:03Z"));
        RecordMeta edited = province.meta().edited(UUID.randomUUID(), later).edited(UUID.randomUUID(), later);
        AdminUnit renamed = new AdminUnit(edited,
                new UnitDetails(PROVINCE, UnitLevel.PROVINCE, "Tỉnh Kon Tum", null, null, LocalDate.of(2025, 6, 30)));

        save(renamed);

        AdminUnit found = store.reading().units().find(province.meta().id()).orElseThrow();
        assertThat(found).isEqualTo(renamed);
        assertThat(found.meta().revision().number()).isEqualTo(3);
        assertThat(found.meta().revision().ancestors()).hasSize(2)
                .endsWith(province.meta().revision().id());
        assertThat(found.meta().lastChange()).isEqualTo(later);
        assertThat(store.reading().units().count()).isEqualTo(1);
    }

    @Test
    void tombstonesAreFoundByIdButLeaveTheLists() {
        AdminUnit province = save(new AdminUnit(Fixtures.meta(UUID.randomUUID(), PROVINCE), Fixtures.province()));
        AdminUnit commune = save(new AdminUnit(Fixtures.meta(UUID.randomUUID(), PROVINCE), Fixtures.commune()));

        save(new AdminUnit(commune.meta().tombstoned(UUID.randomUUID(), Fixtures.STAMP), commune.details()));

        assertThat(store.reading().units().all()).containsExactly(province);
        assertThat(store.reading().units().withCode(COMMUNE)).isEmpty();
        assertThat(store.reading().units().count()).isEqualTo(1);
        AdminUnit tombstone = store.reading().units().find(commune.meta().id()).orElseThrow();
        assertThat(tombstone.meta().deleted()).isTrue();
        assertThat(tombstone.meta().revision().number()).isEqualTo(2);
    }

    @Test
    void allIsInCodeOrderAndWithCodeInValidityOrder() {
        AdminUnit successor = save(new AdminUnit(Fixtures.meta(UUID.randomUUID(), "51"),
                new UnitDetails(COMMUNE, UnitLevel.COMMUNE, "Xã Đắk Pxi", "51", LocalDate.of(2025, 7, 1), null)));
        AdminUnit old = save(new AdminUnit(Fixtures.meta(UUID.randomUUID(), PROVINCE),
                new UnitDetails(COMMUNE, UnitLevel.COMMUNE, "Xã Đắk Pxi", PROVINCE, LocalDate.of(2000, 1, 1),
                        LocalDate.of(2025, 6, 30))));
        AdminUnit province = save(new AdminUnit(Fixtures.meta(UUID.randomUUID(), PROVINCE), Fixtures.province()));

        assertThat(store.reading().units().withCode(COMMUNE)).containsExactly(old, successor);
        assertThat(store.reading().units().all()).extracting(AdminUnit::code).containsExactly(COMMUNE, COMMUNE,
                PROVINCE);
        assertThat(store.reading().units().all().get(2)).isEqualTo(province);
    }
}
