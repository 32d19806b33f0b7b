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

    private Database(DbLocation location, JdbcConnectionPool pool, SQLDialect dialect) {
        this.location = location;
        this.pool = pool;
        this.dsl = DSL.using(pool, dialect, new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
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
        migrate(pool);
        LOG.debug("database open at {}", location.describe());
        return new Database(location, pool, SQLDialect.H2);
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public DbLocation location() {
        return location;
    }

    DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
            // Compacts and closes the file cleanly; an in-memory database is dropped.
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("database did not shut down cleanly: {}", e.getMessage());
        }
        pool.dispose();
    }
}
