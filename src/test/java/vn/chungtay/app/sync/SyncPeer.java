package vn.chungtay.app.sync;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDetails;
import vn.chungtay.domain.household.HouseholdDraft;
import vn.chungtay.domain.household.HouseholdDraft.MemberDraft;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.testsupport.Fixtures;

/**
 * One installation in a sync test: its services on a database of its own (so its own key pair), the person working
 * there, and short ways to edit, export, import and compare.
 */
final class SyncPeer implements AutoCloseable {

    final AppServices services;
    final Actor actor;
    private final Path folder;
    private int packages;

    private SyncPeer(AppServices services, Actor actor, Path folder) {
        this.services = services;
        this.actor = actor;
        this.folder = folder;
    }

    /** A commune officer of {@link Fixtures#COMMUNE}. */
    static SyncPeer officer(Path folder) {
        AppServices services = Fixtures.services();
        return new SyncPeer(services, Fixtures.communeOfficer(services), folder);
    }

    /** A clerk of the province above the commune. */
    static SyncPeer clerk(Path folder) {
        AppServices services = Fixtures.services();
        return new SyncPeer(services, Fixtures.provinceClerk(services), folder);
    }

    /** A package of the commune's changes since the last one (or all of them). */
    Path export(boolean full) {
        Path out = folder.resolve(services.identity().localInstallation().id() + "-" + (++packages) + ".ctsync");
        services.sync().export(actor, Set.of(Fixtures.COMMUNE), full, out, Progress.NONE);
        return out;
    }

    ImportReport importing(boolean trust, Path file) {
        return services.sync().importPackage(actor, file, trust, Progress.NONE);
    }

    List<ImportReport> importing(Path... files) {
        return services.sync().importPackages(actor, Arrays.asList(files), true, Progress.NONE);
    }

    /** The content digest of the commune's records. */
    String digest() {
        return services.stats().stats(Fixtures.COMMUNE).digest();
    }

    /** The digest of everything this installation holds. */
    String wholeDigest() {
        return services.stats().stats(null).digest();
    }

    UUID village(String name) {
        return services.units().saveVillage(actor, null, Fixtures.COMMUNE, name, null, null).meta().id();
    }

    Household newHousehold(UUID village, String number, String headName) {
        return services.households().save(actor, Fixtures.COMMUNE,
                Fixtures.draft(null, Fixtures.details(number, village), Fixtures.family(headName)));
    }

    Household household(UUID id) {
        return services.households().find(id).orElseThrow();
    }

    /** Saves the household with other details, members unchanged. */
    Household editDetails(UUID id, java.util.function.UnaryOperator<HouseholdDetails> change) {
        Household h = household(id);
        return services.households().save(actor, Fixtures.COMMUNE,
                new HouseholdDraft(id, change.apply(h.details()), Fixtures.draftOf(h).members()));
    }

    /** Saves the household with one member's details changed. */
    Household editMember(UUID householdId, int position, java.util.function.UnaryOperator<MemberDetails> change) {
        Household h = household(householdId);
        List<MemberDraft> members = h.members().stream()
                .map(m -> new MemberDraft(m.id(), m.position() == position ? change.apply(m.details()) : m.details()))
                .toList();
        return services.households().save(actor, Fixtures.COMMUNE, new HouseholdDraft(householdId, h.details(),
                members));
    }

    static HouseholdDetails phone(HouseholdDetails d, String phone) {
        return new HouseholdDetails(d.number(), d.villageId(), d.area(), d.address(), phone);
    }

    static HouseholdDetails address(HouseholdDetails d, String address) {
        return new HouseholdDetails(d.number(), d.villageId(), d.area(), address, d.phone());
    }

    @Override
    public void close() {
        services.close();
    }
}
