package vn.chungtay.ui.sync;

import java.nio.file.Path;
import vn.chungtay.app.sync.ImportReport;
import vn.chungtay.app.sync.SyncService.Inspection;
import vn.chungtay.domain.sync.ImportCounts;

/**
 * One package file in the import list: what checking it found (its manifest and how its sender is known), where it
 * stands, what importing it did, and a sentence when there is more to say (why it was refused, which packages of the
 * sender are missing). Immutable: the list replaces a row when its state moves on.
 */
public record PackageRow(Path file, Inspection inspection, State state, ImportCounts counts, String note,
                         String gap) {

    /** Where a package stands. */
    public enum State {
        /** Being checked (structure, signature, checksums) before anything is written. */
        CHECKING,
        /** Checked and waiting for the import. */
        READY,
        /** Failed the check: it cannot be imported at all. */
        INVALID,
        IMPORTED,
        ALREADY_IMPORTED,
        /** Imported and rolled back: a row broke a rule, or the sender may not send those communes. */
        REJECTED,
        /** Not imported because the person did not confirm the new sender's key. */
        NOT_TRUSTED,
        /** Not imported because the person cancelled before or while it was imported. */
        CANCELLED,
        /** Not imported because of an unexpected error (a full disk, a database problem). */
        FAILED
    }

    public PackageRow {
        counts = counts == null ? ImportCounts.NONE : counts;
        note = note == null ? "" : note;
        gap = gap == null ? "" : gap;
    }

    static PackageRow checking(Path file) {
        return new PackageRow(file, null, State.CHECKING, null, null, null);
    }

    PackageRow with(State newState, ImportCounts newCounts, String newNote, String newGap) {
        return new PackageRow(file, inspection, newState, newCounts, newNote, newGap);
    }

    /** True when the row has been through an import (or was refused at the check) and needs no more work. */
    public boolean finished() {
        return state != State.CHECKING && state != State.READY;
    }

    /** The rows the package carries, by its manifest; 0 before it is checked. */
    public long rows() {
        return inspection == null ? 0 : inspection.manifest().entries().stream().mapToLong(e -> e.rows()).sum();
    }

    public String fileName() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    static State stateOf(ImportReport.Status status) {
        return switch (status) {
            case IMPORTED -> State.IMPORTED;
            case ALREADY_IMPORTED -> State.ALREADY_IMPORTED;
            case REJECTED -> State.REJECTED;
        };
    }
}
