package vn.chungtay.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.sync.ImportReport;
import vn.chungtay.app.work.Progress;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.bench.RawBaselines;

/**
 * The import figure's worker, run in a fresh JVM of its own so that its peak memory is the import's alone:
 * {@code packages TARGET DIR} imports every package of the folder into the new database TARGET through
 * {@code SyncService}; {@code raw TARGET SOURCE COMMUNES} copies the same register rows from SOURCE with plain JDBC
 * batches (COMMUNES: {@code all} or the codes of the sampled communes, comma-separated).
 * Either creates and migrates TARGET before the clock starts, then prints one line:
 * {@code elapsedMillis rows rejected peakRssKilobytes}; rejections go to standard error.
 */
public final class ImportChild {

    private ImportChild() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        DbLocation target = DbLocation.folder(Path.of(args[1]));
        Path from = Path.of(args[2]);
        long rows;
        int rejected = 0;
        long nanos;
        if (mode.equals("packages")) {
            List<Path> files;
            try (Stream<Path> listed = Files.list(from)) {
                files = listed.filter(f -> f.toString().endsWith(".ctsync")).sorted().toList();
            }
            try (AppServices services = AppServices.open(target, Clock.systemDefaultZone())) {
                var actor = services.identity().systemActor("bench", "00");
                long start = System.nanoTime();
                List<ImportReport> reports = services.sync().importPackages(actor, files, true, Progress.NONE);
                nanos = System.nanoTime() - start;
                rows = 0;
                for (ImportReport r : reports) {
                    if (r.status() == ImportReport.Status.REJECTED) {
                        rejected++;
                        System.err.println(r.file().getFileName() + " rejected: " + r.reasonKey() + " "
                                + r.reasonArgs());
                    } else {
                        rows += r.counts().added();
                    }
                }
            }
        } else if (mode.equals("raw")) {
            AppServices.open(target, Clock.systemDefaultZone()).close();
            Set<String> communes = args[3].equals("all") ? null : Set.of(args[3].split(","));
            RawBaselines.Copy copy = RawBaselines.copyRegister(DbLocation.folder(from), target, communes);
            nanos = copy.insertNanos();
            rows = copy.rows();
            System.err.println(copy.rowsPerTable());
        } else {
            throw new IllegalArgumentException("mode: packages or raw");
        }
        System.out.println(nanos / 1_000_000 + " " + rows + " " + rejected + " " + PeakMemory.kilobytes());
    }
}
