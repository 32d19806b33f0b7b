package vn.chungtay.app.identity;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chungtay.app.unit.NewUnitIds;
import vn.chungtay.domain.identity.AppUser;
import vn.chungtay.domain.identity.Installation;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.text.VietnameseText;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitDetails;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;
import vn.chungtay.store.Store;

/**
 * This installation's identity and the person working with it. On first start it makes the installation's UUID and
 * Ed25519 key pair (DESIGN.md); it then signs a person in for a unit, creating that unit and the units above it when
 * the database does not know them yet.
 */
public final class IdentityService {

    /** The longest name the register keeps (app_user.name and every changed_by_user column). */
    private static final int MAX_USER_NAME = 200;

    private final Store store;
    private final Clock clock;
    private final Uuids uuids;

    private static final int MAX_INSTALLATION_NAME = 200;

    public IdentityService(Store store, Clock clock, Uuids uuids) {
        this.store = store;
        this.clock = clock;
        this.uuids = uuids;
    }

    /** This installation, made with a fresh key pair the first time it is asked for. */
    public Installation localInstallation() {
        return store.inTransaction(repos -> repos.installations().local().orElseGet(() -> create(repos)));
    }

    private Installation create(Repositories repos) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Installation installation = new Installation(uuids.next(), hostName(), pair.getPublic().getEncoded(),
                    pair.getPrivate().getEncoded(), true, clock.instant(), clock.instant());
            repos.installations().insert(installation);
            return installation;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime cannot make Ed25519 keys", e);
        }
    }

    private static String hostName() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            name = System.getenv("COMPUTERNAME");
        }
        return name == null || name.isBlank() ? "ChungTay" : VietnameseText.clean(name);
    }

    /** The person who worked here last, if anyone has. */
    public Optional<AppUser> lastUser() {
        return store.reading().users().lastUsed();
    }

    /** The actor for a person already signed in before. */
    public Actor actorFor(AppUser user) {
        return new Actor(localInstallation().id(), user.name(), user.unitCode());
    }

    /** The actor for work the program does on its own behalf (demo data, command-line imports). */
    public Actor systemActor(String name, String unitCode) {
        return new Actor(localInstallation().id(), name, unitCode);
    }

    /**
     * Signs a person in for a unit. {@code newUnits} lists units to create first, top down (e.g. a province and a
     * commune on a fresh installation); the person's unit is {@code unitCode}, which must then exist.
     *
     * @throws ValidationException naming each field that is wrong
     */
    public Actor signIn(String userName, String unitCode, List<UnitDetails> newUnits) {
        String name = VietnameseText.capitaliseWords(userName);
        List<Violation> violations = new ArrayList<>();
        if (name.isEmpty()) {
            violations.add(Violation.of("userName", "validation.name.required"));
        } else if (name.length() > MAX_USER_NAME) {
            violations.add(Violation.of("userName", "validation.text.too-long", MAX_USER_NAME));
        }
        List<UnitDetails> units = newUnits.stream().map(UnitDetails::normalised).toList();
        for (UnitDetails unit : units) {
            unit.violations().forEach(v -> violations.add(Violation.of(unit.level() + "." + v.field(),
                    v.messageKey(), v.args().toArray())));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Installation installation = localInstallation();
        AppUser user = store.inTransaction(repos -> {
            createUnits(repos, installation, name, units);
            UnitTree tree = new UnitTree(repos.units().all(), LocalDate.now(clock));
            if (tree.find(unitCode).isEmpty()) {
                throw new ValidationException(Violation.of("unitCode", "validation.unit.unknown", unitCode));
            }
            AppUser existing = repos.users().all().stream()
                    .filter(u -> u.name().equals(name) && u.unitCode().equals(unitCode)).findFirst().orElse(null);
            AppUser signedIn = existing != null
                    ? new AppUser(existing.id(), name, unitCode, existing.createdAt(), clock.instant())
                    : new AppUser(uuids.next(), name, unitCode, clock.instant(), clock.instant());
            repos.users().save(signedIn);
            // Packages show their receiver this name beside the key's fingerprint: the unit and the person tell
            // machines apart where a host name ("ChungTay", "DESKTOP-4F2K") does not.
            AdminUnit unit = tree.find(unitCode).orElseThrow();
            String label = unit.name() + " (" + unit.code() + ") — " + name;
            repos.installations().rename(installation.id(), label.length() > MAX_INSTALLATION_NAME
                    ? label.substring(0, MAX_INSTALLATION_NAME) : label);
            return signedIn;
        });
        return new Actor(installation.id(), user.name(), user.unitCode());
    }

    private void createUnits(Repositories repos, Installation installation, String userName, List<UnitDetails> units) {
        for (UnitDetails unit : units) {
            if (!repos.units().withCode(unit.code()).isEmpty()) {
                continue;
            }
            if (unit.level() != UnitLevel.PROVINCE && repos.units().withCode(unit.parentCode()).isEmpty()) {
                throw new ValidationException(Violation.of(unit.level() + ".parentCode", "validation.unit.unknown",
                        unit.parentCode()));
            }
            // Reference data is owned by the unit above, which may send corrections down; a province owns itself.
            String owner = unit.parentCode() != null ? unit.parentCode() : unit.code();
            RecordMeta meta = RecordMeta.born(NewUnitIds.forCode(repos, uuids, unit.code()), owner, uuids.next(),
                    new Actor(installation.id(), userName, unit.code()).stamp(clock.instant()));
            repos.units().save(new AdminUnit(meta, unit));
        }
    }
}
