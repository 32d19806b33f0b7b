package vn.chungtay.ui.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.sync.ImportReport;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDetails;
import vn.chungtay.domain.household.HouseholdDraft;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.testsupport.Fixtures;
import vn.chungtay.ui.task.SameThreadTaskRunner;

/**
 * Two installations on fresh in-memory databases: A, where a commune officer of Xã Đắk Pxi keeps household 0101
 * (Nguyễn Văn Ánh, three members) in Thôn Kon Klor, and B, an empty database where a province clerk works once A's
 * first package is in. Packages go through a temporary folder; edits on either side go through the household
 * service as the forms save them.
 */
final class SyncScreenFixture {

    final Messages messages = new Messages(Messages.VIETNAMESE);
    final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    final Path folder;
    AppServices a;
    AppServices b;
    Actor officer;
    Actor clerk;
    Village konKlor;
    Household household;
    private int written;

    SyncScreenFixture(Path folder) {
        this.folder = folder;
    }

    SyncScreenFixture open() {
        a = Fixtures.services();
        b = Fixtures.services();
        officer = Fixtures.communeOfficer(a);
        konKlor = a.units().saveVillage(officer, null, Fixtures.COMMUNE, "Thôn Kon Klor", null, null);
        household = a.households().save(officer, Fixtures.COMMUNE, Fixtures.draft(null,
                Fixtures.details("0101", konKlor.meta().id()), Fixtures.family("Nguyễn Văn Ánh")));
        // B has nobody signed in before its first package: it acts as the command line does, for the province.
        clerk = b.identity().systemActor("Trần Thị Bình", Fixtures.PROVINCE);
        return this;
    }

    /** A package of A's commune written to the folder: everything, or the changes since the last one. */
    Path exportFromA(boolean full) {
        Path file = folder.resolve("A-" + (++written) + ".ctsync");
        a.sync().export(officer, Set.of(Fixtures.COMMUNE), full, file, Progress.NONE);
        return file;
    }

    /** Imports into B without the screens, trusting A (the setup a test starts from). */
    ImportReport importIntoB(Path file) {
        return b.sync().importPackage(clerk, file, true, Progress.NONE);
    }

    /** Edits household 0101's own fields on one side, as the household form saves them. */
    Household edit(AppServices side, Actor actor, UnaryOperator<HouseholdDetails> change) {
        Household now = side.households().find(household.id()).orElseThrow();
        HouseholdDraft draft = Fixtures.draftOf(now);
        return side.households().save(actor, Fixtures.COMMUNE,
                new HouseholdDraft(draft.id(), change.apply(now.details()), draft.members()));
    }

    /** Renames the household's child on one side. */
    Household renameChild(AppServices side, Actor actor, String name) {
        Household now = side.households().find(household.id()).orElseThrow();
        List<HouseholdDraft.MemberDraft> members = now.members().stream().map(m -> new HouseholdDraft.MemberDraft(
                m.id(), m.details().relationship() == Relationship.CHILD ? Fixtures.renamed(m.details(), name)
                : m.details())).toList();
        return side.households().save(actor, Fixtures.COMMUNE, new HouseholdDraft(now.id(), now.details(), members));
    }

    static HouseholdDetails withPhone(HouseholdDetails d, String phone) {
        return new HouseholdDetails(d.number(), d.villageId(), d.area(), d.address(), phone);
    }

    static HouseholdDetails withAddress(HouseholdDetails d, String address) {
        return new HouseholdDetails(d.number(), d.villageId(), d.area(), address, d.phone());
    }

    /** A conflict on B: A changes the phone and the address, B changes the phone otherwise; A's changes arrive. */
    void phoneConflictOnB() {
        importIntoB(exportFromA(true));
        edit(a, officer, d -> withAddress(withPhone(d, "0987654321"), "Tổ 3, Thôn Kon Klor"));
        edit(b, clerk, d -> withPhone(d, "0911222333"));
        importIntoB(exportFromA(false));
    }

    Household inB() {
        return b.households().find(household.id()).orElseThrow();
    }

    String digestOfB() {
        return b.stats().stats(null).digest();
    }

    void close() {
        a.close();
        b.close();
    }
}
