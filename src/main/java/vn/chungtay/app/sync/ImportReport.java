package vn.chungtay.app.sync;

import java.nio.file.Path;
import java.util.List;
import vn.chungtay.domain.sync.ImportCounts;

/**
 * What importing one package did: applied (with counts), already imported before (nothing changed), or rejected
 * (nothing changed, with the reason); and a gap in the sender's series when packages are missing.
 */
public record ImportReport(Path file, Status status, String senderName, String senderFingerprint, List<String> scope,
                           int packageNo, ImportCounts counts, Gap gap, String reasonKey, List<Object> reasonArgs) {

    /** How the import of one package ended. */
    public enum Status { IMPORTED, ALREADY_IMPORTED, REJECTED }

    /** Packages of a sender missing between the last one seen and this one. */
    public record Gap(int fromPackageNo, int toPackageNo, long fromSeq, long toSeq) {
    }

    public ImportReport {
        scope = List.copyOf(scope);
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
    }

    static ImportReport rejected(Path file, Manifest m, PackageRejectedException e) {
        return new ImportReport(file, Status.REJECTED, m == null ? "" : m.sourceName(),
                m == null ? "" : m.fingerprint(), m == null ? List.of() : m.scope(), m == null ? 0 : m.packageNo(),
                ImportCounts.NONE, null, e.messageKey(), e.args());
    }
}
