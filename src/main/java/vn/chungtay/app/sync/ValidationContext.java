package vn.chungtay.app.sync;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.HouseholdRules;
import vn.chungtay.domain.support.SupportRules;
import vn.chungtay.store.Repositories;

/**
 * What checking incoming records needs, read once per package rather than once per line: today, the rules for members
 * (with the ethnic codes) and, once the package's catalogue entries are in, the rules for supports.
 */
public final class ValidationContext {

    private final Repositories repos;
    private final LocalDate today;
    private HouseholdRules householdRules;
    private SupportRules supportRules;

    public ValidationContext(Repositories repos, LocalDate today) {
        this.repos = repos;
        this.today = today;
    }

    public LocalDate today() {
        return today;
    }

    public HouseholdRules householdRules() {
        if (householdRules == null) {
            Set<String> codes = repos.ethnicGroups().all().stream().map(EthnicGroup::code).collect(Collectors.toSet());
            householdRules = new HouseholdRules(codes);
        }
        return householdRules;
    }

    /** The support rules over the catalogue as it stands now (call after the package's catalogue is applied). */
    public SupportRules supportRules() {
        if (supportRules == null) {
            supportRules = new SupportRules(repos.catalogue().programmes(), repos.catalogue().kinds());
        }
        return supportRules;
    }

    /**
     * Whether another live unit here holds the code: units with an official code share one id everywhere
     * ({@link vn.chungtay.domain.unit.AdminUnit#idFor}), so a second record would make the code ambiguous.
     */
    public boolean unitCodeHeldByOther(vn.chungtay.domain.unit.AdminUnit unit) {
        return repos.units().withCode(unit.code()).stream().anyMatch(u -> !u.meta().id().equals(unit.meta().id()));
    }

    /** Forgets cached catalogue rules, after catalogue records changed. */
    public void catalogueChanged() {
        supportRules = null;
    }
}
