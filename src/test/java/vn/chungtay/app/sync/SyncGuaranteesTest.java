package vn.chungtay.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.stats.Stats;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.sync.ImportCounts;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.store.DbLocation;
import vn.chungtay.testsupport.Fixtures;

/**
 * The guarantees of issue 5 that hold without conflicts: a commune travels whole, a package imported twice changes
 * nothing, and packages applied in any order give the same state.
 */
class SyncGuaranteesTest {

    /** After the demo's last support year, so nothing it made lies in the importer's future. */
    private static final Clock LATE = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), Fixtures.ZONE);

    @TempDir
    Path dir;

    @Test
    void aDemoProvinceExportedCommuneByCommuneArrivesWholeInAnEmptyInstallation() {
        try (AppServices a = AppServices.open(DbLocation.inMemory(), LATE);
             AppServices b = AppServices.open(DbLocation.inMemory(), LATE)) {
            a.demo().generate(60, 11, Progress.NONE);
            String province = a.units().tree().all().stream().filter(u -> u.level() == UnitLevel.PROVINCE)
                    .map(AdminUnit::code).findFirst().orElseThrow();
            Actor sender = a.identity().systemActor("Cán bộ xã", province);
            Stats before = a.stats().stats(null);
            assertThat(before.communes()).isNotEmpty();
            assertThat(before.supportEvents()).isPositive();
            assertThat(before.reviews()).isNotEmpty();

            List<Path> packages = new ArrayList<>();
            for (String commune : before.communes()) {
                Path out = dir.resolve(commune + ".ctsync");
                a.sync().export(sender, Set.of(commune), true, out, Progress.NONE);
                packages.add(out);
            }
            Actor receiver = b.identity().systemActor("Chuyên viên tỉnh", province);
            List<ImportReport> reports = b.sync().importPackages(receiver, packages, true, Progress.NONE);

            assertThat(reports).extracting(ImportReport::status).containsOnly(ImportReport.Status.IMPORTED);
            assertThat(reports).allSatisfy(r -> assertThat(r.counts().conflicts()).isZero());
            for (String commune : before.communes()) {
                assertThat(b.stats().stats(commune).digest()).as(commune)
                        .isEqualTo(a.stats().stats(commune).digest());
            }
            Stats after = b.stats().stats(null);
            assertThat(after.households()).isEqualTo(before.households());
            assertThat(after.members()).isEqualTo(before.members());
            assertThat(after.reviews()).isEqualTo(before.reviews());
            assertThat(after.supportEvents()).isEqualTo(before.supportEvents());
            assertThat(after.digest()).isEqualTo(before.digest());
        }
    }

    @Test
    void importingTheSamePackageAgainChangesNothingAndSaysSo() {
        try (SyncPeer a = SyncPeer.officer(dir); SyncPeer b = SyncPeer.clerk(dir)) {
            UUID village = a.village("Thôn Kon Klor");
            a.newHousehold(village, "1", "Nguyễn Văn An");
            a.newHousehold(village, "2", "A Blưh");
            Path full = a.export(true);

            ImportReport first = b.importing(true, full);
            String digest = b.digest();
            ImportReport again = b.importing(false, full);
            ImportReport sameContent = b.importing(false, a.export(true));

            assertThat(first.status()).isEqualTo(ImportReport.Status.IMPORTED);
            assertThat(first.counts().added()).isPositive();
            assertThat(again.status()).isEqualTo(ImportReport.Status.ALREADY_IMPORTED);
            assertThat(sameContent.status()).isEqualTo(ImportReport.Status.IMPORTED);
            ImportCounts c = first.counts();
            assertThat(sameContent.counts())
                    .isEqualTo(new ImportCounts(0, 0, c.added() + c.updated() + c.unchanged(), 0));
            assertThat(b.digest()).isEqualTo(digest).isEqualTo(a.digest());
        }
    }

    @Test
    void packagesAppliedInAnyOrderGiveTheSameState() {
        try (SyncPeer a = SyncPeer.officer(dir)) {
            UUID village = a.village("Thôn Kon Klor");
            Household one = a.newHousehold(village, "1", "Nguyễn Văn An");
            Household two = a.newHousehold(village, "2", "A Blưh");
            Path p1 = a.export(false);
            a.editDetails(one.id(), d -> SyncPeer.phone(d, "0911222333"));
            a.services.households().delete(a.actor, two.id());
            UUID otherVillage = a.village("Làng Đắk Rơ Wa");
            a.newHousehold(otherVillage, "3", "Y Hoa");
            Path p2 = a.export(false);
            a.editDetails(one.id(), d -> SyncPeer.address(d, "Làng Đắk Rơ Wa, gần trường"));
            a.editMember(one.id(), 2, m -> Fixtures.renamed(m, "Nguyễn Thị Hoà Bình"));
            Path p3 = a.export(false);

            List<List<Path>> orders = List.of(List.of(p1, p2, p3), List.of(p3, p1, p2), List.of(p2, p3, p1),
                    List.of(p3, p2, p1));
            for (List<Path> order : orders) {
                try (SyncPeer b = SyncPeer.clerk(dir)) {
                    List<ImportReport> reports = b.importing(order.toArray(Path[]::new));
                    assertThat(reports).extracting(ImportReport::status).as(order.toString())
                            .containsOnly(ImportReport.Status.IMPORTED);
                    assertThat(b.digest()).as(order.toString()).isEqualTo(a.digest());
                    assertThat(b.services.households().find(two.id())).as("deleted everywhere").isEmpty();
                }
            }
        }
    }

    @Test
    void aMissingPackageInTheSendersSeriesIsReported() {
        try (SyncPeer a = SyncPeer.officer(dir); SyncPeer b = SyncPeer.clerk(dir)) {
            UUID village = a.village("Thôn Kon Klor");
            Household one = a.newHousehold(village, "1", "Nguyễn Văn An");
            Path p1 = a.export(false);
            a.editDetails(one.id(), d -> SyncPeer.phone(d, "0911222333"));
            a.export(false);
            a.editDetails(one.id(), d -> SyncPeer.phone(d, "0911222444"));
            Path p3 = a.export(false);

            ImportReport first = b.importing(true, p1);
            ImportReport third = b.importing(false, p3);

            assertThat(first.gap()).isNull();
            assertThat(third.gap()).isNotNull();
            assertThat(third.gap().fromPackageNo()).isEqualTo(2);
            assertThat(third.gap().toPackageNo()).isEqualTo(2);
        }
    }

    @Test
    void aDeletionTravelsAsATombstone() {
        try (SyncPeer a = SyncPeer.officer(dir); SyncPeer b = SyncPeer.clerk(dir)) {
            UUID village = a.village("Thôn Kon Klor");
            Household gone = a.newHousehold(village, "1", "Nguyễn Văn An");
            b.importing(true, a.export(false));
            assertThat(b.services.households().find(gone.id())).isPresent();

            a.services.households().delete(a.actor, gone.id());
            ImportReport report = b.importing(false, a.export(false));

            assertThat(report.counts().updated()).isPositive();
            assertThat(b.services.households().find(gone.id())).isEmpty();
            assertThat(Fixtures.tracking(b.services.location(), "household", gone.id()))
                    .hasValueSatisfying(t -> assertThat(t.deleted()).isTrue());
            assertThat(b.digest()).isEqualTo(a.digest());
        }
    }
}
