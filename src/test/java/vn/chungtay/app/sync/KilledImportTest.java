package vn.chungtay.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.store.DbLocation;
import vn.chungtay.testsupport.Fixtures;

/**
 * DESIGN.md import rule 2 against a real crash: a child JVM is killed in the middle of an import, with part of the
 * package written inside its open transaction. The database must open afterwards exactly as it was, and take the
 * same package whole.
 */
class KilledImportTest {

    private static final Clock LATE = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), Fixtures.ZONE);

    @TempDir
    Path dir;

    @Test
    void anImportKilledHalfWayLeavesTheDatabaseAsItWasAndOpenable() throws Exception {
        Path pack = dir.resolve("province.ctsync");
        String province;
        String commune;
        try (AppServices a = AppServices.open(DbLocation.inMemory(), LATE)) {
            a.demo().generate(150, 21, Progress.NONE);
            province = a.units().tree().all().stream().filter(u -> u.level() == UnitLevel.PROVINCE)
                    .map(AdminUnit::code).findFirst().orElseThrow();
            commune = a.stats().stats(null).communes().get(0);
            Actor sender = a.identity().systemActor("Cán bộ xã", province);
            a.sync().export(sender, Set.of(commune), true, pack, Progress.NONE);
        }
        Path db = dir.resolve("b");
        String before;
        try (AppServices b = AppServices.open(DbLocation.folder(db), Clock.systemDefaultZone())) {
            before = b.stats().stats(null).digest();
        }

        Path marker = dir.resolve("half-way");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportUntilKilled.class.getName(), db.toString(),
                pack.toString(), marker.toString(), province)
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!Files.exists(marker) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(marker).as(Files.exists(dir.resolve("child.log"))
                    ? Files.readString(dir.resolve("child.log")) : "no log").exists();
            Thread.sleep(200);
            assertThat(Files.readString(marker)).contains("/").doesNotContain("finished");
        } finally {
            child.destroyForcibly();
            child.waitFor(1, TimeUnit.MINUTES);
        }

        try (AppServices b = AppServices.open(DbLocation.folder(db), Clock.systemDefaultZone())) {
            assertThat(b.stats().stats(null).digest()).isEqualTo(before);
            List<ImportReport> again = b.sync().importPackages(b.identity().systemActor("Nhập lại", province),
                    List.of(pack), true, Progress.NONE);
            assertThat(again).extracting(ImportReport::status).containsExactly(ImportReport.Status.IMPORTED);
            assertThat(b.stats().stats(commune).households()).isPositive();
        }
    }
}
