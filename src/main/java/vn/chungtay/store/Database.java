package vn.chungtay.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open database: migrated by Flyway to the newest schema on opening (the migrations are the one definition of the
 * schema), reached through jOOQ. Names are rendered unquoted so the same generated code runs on H2 and PostgreSQL.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DbLocation location;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final int schemaVersion;

    private Database(DbLocation location, JdbcConnectionPool pool, SQLDialect dialect, int schemaVersion) {
        this.location = location;
        this.pool = pool;
        this.schemaVersion = schemaVersion;
        this.dsl = DSL.using(pool, dialect, new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                // Timestamps with offset bound as OffsetDateTime objects, which H2 takes natively; by default jOOQ
                // formats them as text that H2 parses again (about 5 % of a package import, measured by bench).
                .withBindOffsetDateTimeType(true)
                .withExecuteLogging(false));
    }

    /**
     * Opens (creating the folder and file when needed) and migrates the database.
     *
     * @throws StoreException when the database cannot be opened, e.g. because another ChungTay holds it
     */
    public static Database open(DbLocation location) {
        try {
            if (location.folder() != null) {
                Files.createDirectories(location.folder());
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.CANNOT_CREATE_FOLDER, location.describe(), e);
        }
        if (!location.jdbcUrl().startsWith("jdbc:h2:")) {
            throw new StoreException(StoreException.Reason.UNSUPPORTED_URL, location.describe(), null);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(location.jdbcUrl(), "sa", "");
        pool.setMaxConnections(8);
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            StoreException.Reason reason = e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1
                    ? StoreException.Reason.IN_USE : StoreException.Reason.CANNOT_OPEN;
            throw new StoreException(reason, location.describe(), e);
        }
        int version = migrate(pool);
        LOG.debug("database open at {}", location.describe());
        return new Database(location, pool, SQLDialect.H2, version);
    }

    /** Migrates to the newest schema; returns the schema version the database then has. */
    private static int migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        flyway.migrate();
        var current = flyway.info().current();
        return current == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
    }

    /** The schema version (the number of the newest migration applied): sync packages state it. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * Forces committed changes onto the disk. H2 keeps no redo log: a commit reaches the file only when its
     * background writer next runs, so a power cut right after "saved" could lose the household. Called after every
     * write transaction; cheap when nothing changed. H2-only on purpose: PostgreSQL commits are durable already.
     */
    void flushToDisk() {
        dsl.execute("CHECKPOINT SYNC");
    }

    public DbLocation location() {
        return location;
    }

    DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        shutDown("SHUTDOWN");
    }

    /**
     * Closes the database and compacts its file. After a bulk write (a demo province, a large import) H2 leaves
     * free space behind: 1.6 GB for a province whose data needs 150 MB; compacting takes seconds.
     */
    public void closeCompacting() {
        shutDown("SHUTDOWN COMPACT");
    }

    private void shutDown(String command) {
        // SHUTDOWN through a connection of its own, opened before the pool closes so the database stays open for
        // it: a pooled connection would try to roll back after the database is gone and log an error.
        try (var connection = java.sql.DriverManager.getConnection(location.jdbcUrl(), "sa", "");
             var statement = connection.createStatement()) {
            pool.dispose();
            statement.execute(command);
        } catch (SQLException e) {
            pool.dispose();
            LOG.warn("database did not shut down cleanly: {}", e.getMessage());
        }
    }
}
