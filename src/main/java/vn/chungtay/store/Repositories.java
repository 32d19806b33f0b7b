package vn.chungtay.store;

import org.jooq.DSLContext;
import vn.chungtay.store.household.HouseholdRepository;
import vn.chungtay.store.household.MemberQueries;
import vn.chungtay.store.identity.InstallationRepository;
import vn.chungtay.store.identity.SettingRepository;
import vn.chungtay.store.identity.UserRepository;
import vn.chungtay.store.report.ListQueries;
import vn.chungtay.store.report.ReportQueries;
import vn.chungtay.store.review.ReviewRepository;
import vn.chungtay.store.review.RoundRepository;
import vn.chungtay.store.review.StandardRepository;
import vn.chungtay.store.support.CatalogueRepository;
import vn.chungtay.store.support.SupportRepository;
import vn.chungtay.store.sync.SyncRepository;
import vn.chungtay.store.unit.EthnicGroupRepository;
import vn.chungtay.store.unit.UnitRepository;
import vn.chungtay.store.unit.VillageRepository;

/** The repositories, all bound to one connection context (usually one transaction). */
public final class Repositories {

    private final DSLContext dsl;

    Repositories(DSLContext dsl) {
        this.dsl = dsl;
    }

    public HouseholdRepository households() {
        return new HouseholdRepository(dsl);
    }

    public MemberQueries members() {
        return new MemberQueries(dsl);
    }

    public UnitRepository units() {
        return new UnitRepository(dsl);
    }

    public VillageRepository villages() {
        return new VillageRepository(dsl);
    }

    public EthnicGroupRepository ethnicGroups() {
        return new EthnicGroupRepository(dsl);
    }

    public InstallationRepository installations() {
        return new InstallationRepository(dsl);
    }

    public UserRepository users() {
        return new UserRepository(dsl);
    }

    public SettingRepository settings() {
        return new SettingRepository(dsl);
    }

    public StandardRepository standards() {
        return new StandardRepository(dsl);
    }

    public RoundRepository rounds() {
        return new RoundRepository(dsl);
    }

    public ReviewRepository reviews() {
        return new ReviewRepository(dsl);
    }

    public CatalogueRepository catalogue() {
        return new CatalogueRepository(dsl);
    }

    public SupportRepository supports() {
        return new SupportRepository(dsl);
    }

    public SyncRepository sync() {
        return new SyncRepository(dsl);
    }

    public ReportQueries reports() {
        return new ReportQueries(dsl);
    }

    public ListQueries reportLists() {
        return new ListQueries(dsl);
    }
}
