package vn.chungtay.domain.sync;

/** What importing a package did: records new here, updated, unchanged (already here or older), and conflicts. */
public record ImportCounts(int added, int updated, int unchanged, int conflicts) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);

    public ImportCounts plus(ImportCounts o) {
        return new ImportCounts(added + o.added, updated + o.updated, unchanged + o.unchanged, conflicts + o.conflicts);
    }
}
