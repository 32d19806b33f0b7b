package vn.chungtay.app.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.work.Progress;
import vn.chungtay.store.DbLocation;

/**
 * The child process of {@link KilledImportTest}: imports a package into a file database and, once part of it is
 * written inside the open transaction, says so through a marker file and waits to be killed.
 */
public final class ImportUntilKilled {

    private ImportUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path pack = Path.of(args[1]);
        Path marker = Path.of(args[2]);
        String unit = args[3];
        AppServices services = AppServices.open(DbLocation.folder(db), Clock.systemDefaultZone());
        Progress stopHalfWay = new Progress() {
            @Override
            public void update(long done, long total) {
                if (done > 0 && done < total && done % 1000 != 0) {
                    try {
                        Files.writeString(marker, done + "/" + total);
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (Exception e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        services.sync().importPackages(services.identity().systemActor("Nhập thử", unit), List.of(pack), true,
                stopHalfWay);
        Files.writeString(marker, "finished without stopping");
    }
}
