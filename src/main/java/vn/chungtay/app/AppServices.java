package vn.chungtay.app;

import java.time.Clock;
import vn.chungtay.app.demo.DemoService;
import vn.chungtay.app.household.HouseholdService;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.identity.IdentityService;
import vn.chungtay.app.report.ReportService;
import vn.chungtay.app.review.ReviewService;
import vn.chungtay.app.review.RoundService;
import vn.chungtay.app.review.ShippedStandards;
import vn.chungtay.app.review.StandardService;
import vn.chungtay.app.settings.SettingsService;
import vn.chungtay.app.stats.StatsService;
import vn.chungtay.app.support.CatalogueService;
import vn.chungtay.app.support.SupportService;
import vn.chungtay.app.sync.SyncService;
import vn.chungtay.app.synclog.ExportHistoryService;
import vn.chungtay.app.unit.UnitService;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Store;

/**
 * The use cases over one open database, built by hand with constructor injection; the GUI and the command line
 * share them. Closing it closes the database.
 */
public final class AppServices implements AutoCloseable {

    private final Database database;
    private final Store store;
    private final IdentityService identity;
    private final UnitService units;
    private final HouseholdService households;
    private final StatsService stats;
    private final DemoService demo;
    private final SettingsService settings;
    private final StandardService standards;
    private final RoundService rounds;
    private final ReviewService reviews;
    private final CatalogueService catalogue;
    private final SupportService supports;
    private final SyncService sync;
    private final ExportHistoryService exportHistory;
    private final ReportService reports;

    private AppServices(Database database, Clock clock, Uuids uuids) {
        this.database = database;
        this.store = new Store(database);
        this.identity = new IdentityService(store, clock, uuids);
        this.units = new UnitService(store, clock, uuids);
        this.households = new HouseholdService(store, clock, uuids);
        this.stats = new StatsService(store, clock);
        this.demo = new DemoService(store, clock);
        this.settings = new SettingsService(store);
        this.standards = new StandardService(store, clock, uuids, ShippedStandards.load());
        this.rounds = new RoundService(store, clock, uuids);
        this.reviews = new ReviewService(store, clock, uuids, rounds, settings);
        this.catalogue = new CatalogueService(store, clock, uuids);
        this.supports = new SupportService(store, clock, uuids, settings);
        this.sync = new SyncService(store, clock, uuids, identity);
        this.exportHistory = new ExportHistoryService(store);
        this.reports = new ReportService(store, clock);
        Actor system = identity.systemActor("ChungTay", StandardService.NATIONAL);
        standards.ensureShipped(system);
        catalogue.ensureShipped(system);
    }

    /** Opens (creating and migrating when needed) the database and builds the services over it. */
    public static AppServices open(DbLocation location, Clock clock) {
        Database database = Database.open(location);
        try {
            return new AppServices(database, clock, Uuids.system());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public DbLocation location() {
        return store.location();
    }

    public IdentityService identity() {
        return identity;
    }

    public UnitService units() {
        return units;
    }

    public HouseholdService households() {
        return households;
    }

    public StatsService stats() {
        return stats;
    }

    public DemoService demo() {
        return demo;
    }

    public SettingsService settings() {
        return settings;
    }

    public StandardService standards() {
        return standards;
    }

    public RoundService rounds() {
        return rounds;
    }

    public ReviewService reviews() {
        return reviews;
    }

    public CatalogueService catalogue() {
        return catalogue;
    }

    public SupportService supports() {
        return supports;
    }

    public SyncService sync() {
        return sync;
    }

    public ExportHistoryService exportHistory() {
        return exportHistory;
    }

    public ReportService reports() {
        return reports;
    }

    @Override
    public void close() {
        database.close();
    }

    /** Closes the database and compacts its file, after bulk writes. */
    public void closeCompacting() {
        database.closeCompacting();
    }
}
