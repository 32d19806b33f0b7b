package vn.chungtay.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.testsupport.Fixtures;

class DatabaseTest {

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

    @Test
    void flywayMigratesAFreshDatabaseToVersionOne() {
        var applied = db.dsl().fetch("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                + " WHERE \"version\" IS NOT NULL");

        assertThat(applied).hasSize(1);
        assertThat(applied.get(0).get(0, String.class)).isEqualTo("1");
        assertThat(applied.get(0).get(1, Boolean.class)).isTrue();
        List<String> tables = db.dsl().fetch(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'")
                .getValues(0, String.class);
        assertThat(tables).contains("INSTALLATION", "APP_USER", "SETTING", "ADMIN_UNIT", "VILLAGE", "HOUSEHOLD",
                "MEMBER", "ETHNIC_GROUP");
    }

    @Test
    void openingAMigratedDatabaseAgainDoesNotMigrateTwice(@TempDir Path folder) {
        DbLocation location = DbLocation.folder(folder);
        try (Database first = Database.open(location)) {
            new Store(first).run(r -> r.settings().put("ui.language", "en"));
        }
        try (Database second = Database.open(location)) {
            assertThat(second.dsl().fetchOne("SELECT COUNT(*) FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL").get(0, Integer.class)).isEqualTo(1);
            assertThat(new Store(second).reading().settings().get("ui.language")).contains("en");
        }
    }

    @Test
    void onlyH2UrlsAreAccepted() {
        DbLocation postgres = DbLocation.parse("jdbc:postgresql://server/chungtay?password=secret");

        assertThatThrownBy(() -> Database.open(postgres))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StoreException.Reason.UNSUPPORTED_URL);
                    assertThat(e.where()).doesNotContain("secret").contains("password=***");
                });
    }

    @Test
    void aFolderLocationPointsAtTheFileInsideIt(@TempDir Path folder) {
        DbLocation location = DbLocation.parse(folder.toString());

        assertThat(location.folder()).isEqualTo(folder.toAbsolutePath().normalize());
        assertThat(location.jdbcUrl()).startsWith("jdbc:h2:file:").contains(DbLocation.FILE_NAME);
        assertThat(DbLocation.inMemory().jdbcUrl()).isNotEqualTo(DbLocation.inMemory().jdbcUrl());
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        AdminUnit province = new AdminUnit(Fixtures.meta(UUID.randomUUID(), Fixtures.PROVINCE), Fixtures.province());

        assertThatThrownBy(() -> store.run(r -> {
            r.units().save(province);
            r.settings().put("ui.language", "en");
            throw new IllegalStateException("crash mid-way");
        })).hasMessageContaining("crash mid-way");

        assertThat(store.reading().units().count()).isZero();
        assertThat(store.reading().settings().get("ui.language")).isEmpty();
    }

    @Test
    void aSuccessfulTransactionCommitsEverything() {
        AdminUnit province = new AdminUnit(Fixtures.meta(UUID.randomUUID(), Fixtures.PROVINCE), Fixtures.province());

        long count = store.inTransaction(r -> {
            r.units().save(province);
            return r.units().count();
        });

        assertThat(count).isEqualTo(1);
        assertThat(store.reading().units().find(province.meta().id())).contains(province);
    }

    @Test
    void settingsAreInsertedThenReplaced() {
        store.run(r -> r.settings().put("ui.language", "vi"));
        store.run(r -> r.settings().put("ui.language", "en"));

        assertThat(store.reading().settings().get("ui.language")).contains("en");
        assertThat(store.reading().settings().get("missing")).isEmpty();
    }

    @Test
    void everyWriteTakesANewLocalSequenceNumber() {
        UUID id = UUID.randomUUID();
        RecordMeta born = Fixtures.meta(id, Fixtures.PROVINCE);
        store.run(r -> r.units().save(new AdminUnit(born, Fixtures.province())));
        long first = Fixtures.tracking(db.location(), "admin_unit", id).orElseThrow().localSeq();

        store.run(r -> r.units().save(new AdminUnit(born.edited(UUID.randomUUID(), Fixtures.STAMP),
                Fixtures.province())));
        long second = Fixtures.tracking(db.location(), "admin_unit", id).orElseThrow().localSeq();

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void ancestorsAreStoredCommaSeparatedNearestFirst() {
        UUID a = UUID.fromString("0195a0c0-0000-7000-8000-000000000001");
        UUID b = UUID.fromString("0195a0c0-0000-7000-8000-000000000002");

        assertThat(MetaColumns.formatAncestors(List.of(a, b))).isEqualTo(a + "," + b);
        assertThat(MetaColumns.formatAncestors(List.of())).isEmpty();
        assertThat(MetaColumns.parseAncestors(a + "," + b)).containsExactly(a, b);
        assertThat(MetaColumns.parseAncestors("")).isEmpty();
        assertThat(MetaColumns.parseAncestors(null)).isEmpty();
    }
}
