package vn.chungtay.app.sync;

import java.util.List;
import vn.chungtay.domain.sync.SyncConflict;

/**
 * A conflict as a person compares it: each field of the record with the local and the incoming value side by side,
 * and whether the two edits collide there (those need a choice; the rest merge by themselves).
 */
public record ConflictDetail(SyncConflict conflict, String localUser, String localAt, String incomingUser,
                             String incomingAt, List<FieldDiff> fields) {

    public ConflictDetail {
        fields = List.copyOf(fields);
    }

    /** One field: its name as in the package, the two values as text, and whether they collide. */
    public record FieldDiff(String field, String mine, String theirs, boolean conflicting) {
    }
}
