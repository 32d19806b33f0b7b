package vn.chungtay.domain.record;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity and change tracking that every travelling record carries (DESIGN.md): its id, the unit that owns it
 * (a commune for register data), its revision, the last change, and whether it is a tombstone.
 */
public record RecordMeta(UUID id, String ownerUnit, Revision revision, ChangeStamp lastChange, boolean deleted) {

    public RecordMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerUnit, "ownerUnit");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(lastChange, "lastChange");
    }

    /** The meta of a record born now. */
    public static RecordMeta born(UUID id, String ownerUnit, UUID revisionId, ChangeStamp stamp) {
        return new RecordMeta(id, ownerUnit, Revision.first(revisionId), stamp, false);
    }

    /** The meta after a local edit: the next revision, stamped. */
    public RecordMeta edited(UUID revisionId, ChangeStamp stamp) {
        return new RecordMeta(id, ownerUnit, revision.next(revisionId), stamp, deleted);
    }

    /** The meta of a tombstone brought back (a person chose to keep a record deleted elsewhere): the next revision. */
    public RecordMeta restored(UUID revisionId, ChangeStamp stamp) {
        return new RecordMeta(id, ownerUnit, revision.next(revisionId), stamp, false);
    }

    /** The meta after a local deletion: the next revision, marked as a tombstone. */
    public RecordMeta tombstoned(UUID revisionId, ChangeStamp stamp) {
        return new RecordMeta(id, ownerUnit, revision.next(revisionId), stamp, true);
    }
}
