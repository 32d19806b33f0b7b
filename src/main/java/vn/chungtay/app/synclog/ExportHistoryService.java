package vn.chungtay.app.synclog;

import java.util.Optional;
import java.util.Set;
import vn.chungtay.app.sync.Scope;
import vn.chungtay.domain.sync.PackageLogEntry;
import vn.chungtay.store.Store;

/**
 * What this installation already sent for a set of communes, read before an export: the last package (its number,
 * when, full or changes) and the number the next one will get, so the export screen can say "changes since package 3
 * of 12/03" and propose a file name with the package number before anything is written.
 */
public final class ExportHistoryService {

    private final Store store;

    public ExportHistoryService(Store store) {
        this.store = store;
    }

    /** The last package made for exactly these communes, and the next one's number. */
    public record ExportHistory(Optional<PackageLogEntry> last, int nextPackageNo) {
    }

    /**
     * The history of the scope the sync service writes for these communes. The numbering rule is the package
     * writer's: one more than the last package of the same scope, 1 for the first.
     */
    public ExportHistory history(Set<String> communes) {
        String key = new Scope(communes, Set.of()).key();
        Optional<PackageLogEntry> last = store.reading().sync().lastExport(key);
        return new ExportHistory(last, last.map(l -> l.packageNo() + 1).orElse(1));
    }
}
