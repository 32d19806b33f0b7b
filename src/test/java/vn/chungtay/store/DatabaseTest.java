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

    /** The versions of the migration scripts shipped in src/main/resources/db/migration, in order. */
    private static List<String> shippedVersions() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
        }
    }

    @Test
    void flywayMigratesAFreshDatabaseThroughEveryShippedMigration() throws Exception {
        var applied = db.dsl().fetch("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"");

        assertThat(applied.getValues(0, String.class)).isEqualTo(shippedVersions()).startsWith("1", "2", "3");
        assertThat(applied.getValues(1, Boolean.class)).containsOnly(true);
        List<String> tables = db.dsl().fetch(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'")
                .getValues(0, String.class);
        assertThat(tables).contains("INSTALLATION", "APP_USER", "SETTING", "ADMIN_UNIT", "VILLAGE", "HOUSEHOLD",
                "MEMBER", "ETHNIC_GROUP", "POVERTY_STANDARD", "REVIEW_ROUND", "HOUSEHOLD_REVIEW", "PROGRAMME",
                "SUPPORT_KIND", "SUPPORT_EVENT");
    }

    @Test
    void openingAMigratedDatabaseAgainDoesNotMigrateTwice(@TempDir Path folder) throws Exception {
        DbLocation location = DbLocation.folder(folder);
        try (Database first = Database.open(location)) {
            new Store(first).run(r -> r.settings().put("ui.language", "en"));
        }
        try (Database second = Database.open(location)) {
            assertThat(second.dsl().fetchOne("SELECT COUNT(*) FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL").get(0, Integer.class)).isEqualTo(shippedVersions().size());
            assertThat(new Store(second).reading().settings().get("ui.language")).contains("en");
        }
    }

    @Test
    void dataWrittenUnderTheFirstSchemaSurvivesEveryLaterMigration(@TempDir Path folder) {
        DbLocation location = DbLocation.folder(folder);
        // A database as the first release left it: only V1 applied, with a setting and a unit in it.
        var pool = org.h2.jdbcx.JdbcConnectionPool.create(location.jdbcUrl(), "sa", "");
        org.flywaydb.core.Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("1").load()
                .migrate();
        try (var c = pool.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO setting (setting_key, setting_value) VALUES ('ui.language', 'en')");
            st.execute("INSERT INTO admin_unit (id, owner_unit, code, unit_level, name, parent_code, rev, rev_id,"
                    + " rev_ancestors, changed_by_installation, changed_by_user, changed_at, deleted, local_seq)"
                    + " VALUES (RANDOM_UUID(), '62', '62', 'PROVINCE', 'Kon Tum', NULL, 1, RANDOM_UUID(), '',"
                    + " RANDOM_UUID(), 'Nguyễn Văn A', CURRENT_TIMESTAMP, FALSE, NEXT VALUE FOR change_seq)");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        pool.dispose();

        try (Database upgraded = Database.open(location)) {
            Store upgradedStore = new Store(upgraded);
            assertThat(upgradedStore.reading().settings().get("ui.language")).contains("en");
            assertThat(upgradedStore.reading().units().all()).singleElement()
                    .satisfies(u -> assertThat(u.name()).isEqualTo("Kon Tum"));
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
