package vn.chungtay.store;

import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The one way the application reaches the database: each call is one transaction, and the work inside sees
 * repositories bound to that transaction. A use case that writes through several repositories commits all or
 * nothing.
 */
public final class Store {

    private final Database database;

    public Store(Database database) {
        this.database = database;
    }

    /**
     * Runs the work in one transaction and returns its result; any exception rolls everything back. Once committed,
     * the change is forced onto the disk before this returns, so what a person saw saved survives a power cut.
     */
    public <T> T inTransaction(Function<Repositories, T> work) {
        T result = database.dsl().transactionResult(configuration -> work.apply(new Repositories(configuration.dsl())));
        database.flushToDisk();
        return result;
    }

    /** Runs the work in one transaction. */
    public void run(Consumer<Repositories> work) {
        inTransaction(repositories -> {
            work.accept(repositories);
            return null;
        });
    }

    /** Repositories outside an explicit transaction, for reads that need no isolation (each statement commits). */
    public Repositories reading() {
        return new Repositories(database.dsl());
    }

    public int schemaVersion() {
        return database.schemaVersion();
    }

    public DbLocation location() {
        return database.location();
    }

    DSLContext dsl() {
        return database.dsl();
    }
}
