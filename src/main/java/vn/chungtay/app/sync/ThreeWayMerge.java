package vn.chungtay.app.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges two versions of a record edited apart, field by field, against their common ancestor: a field only one side
 * changed takes that side's value; a field both changed to different values is a conflict. Whether the record is
 * deleted counts as a field too, so a deletion on one side and an edit on the other are never settled silently.
 * Without a known ancestor every differing field is a conflict.
 */
final class ThreeWayMerge {

    /** The pseudo-field for the tombstone mark. */
    static final String DELETED = "deleted";

    private ThreeWayMerge() {
    }

    /** The merged content, and the fields that collide (empty when the merge settled everything). */
    record Result(ObjectNode content, boolean deleted, List<String> conflicts) {
    }

    static Result merge(ObjectNode base, boolean baseDeleted, ObjectNode mine, boolean mineDeleted,
                        ObjectNode theirs, boolean theirsDeleted) {
        ObjectNode merged = mine.deepCopy();
        List<String> conflicts = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        mine.fieldNames().forEachRemaining(fields::add);
        theirs.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            JsonNode m = mine.get(field);
            JsonNode t = theirs.get(field);
            if (Objects.equals(m, t)) {
                continue;
            }
            JsonNode b = base == null ? null : base.get(field);
            if (base != null && Objects.equals(b, m)) {
                merged.set(field, t);
            } else if (base == null || !Objects.equals(b, t)) {
                conflicts.add(field);
            }
        }
        boolean deleted = mineDeleted;
        if (mineDeleted != theirsDeleted) {
            boolean onlyTheirsChangedIt = base != null && baseDeleted == mineDeleted;
            boolean onlyMineChangedIt = base != null && baseDeleted == theirsDeleted;
            // A deletion settles by itself only when the other side left the record as it was: a deletion on one
            // side and an edit on the other is a person's decision.
            if (onlyTheirsChangedIt && !(theirsDeleted && edited(base, mine))) {
                deleted = theirsDeleted;
            } else if (onlyMineChangedIt && !(mineDeleted && edited(base, theirs))) {
                deleted = mineDeleted;
            } else {
                conflicts.add(DELETED);
            }
        }
        return new Result(merged, deleted, conflicts);
    }

    private static boolean edited(ObjectNode base, ObjectNode side) {
        return !base.equals(side);
    }

    /**
     * The content a person's choices give: the merge of every settled field, and for each conflicting field the side
     * chosen ({@code true}: theirs), and any other field a person chose explicitly (a member held back with its
     * household). The deleted mark is chosen like a field.
     */
    static Result resolve(ObjectNode base, boolean baseDeleted, ObjectNode mine, boolean mineDeleted,
                          ObjectNode theirs, boolean theirsDeleted, Map<String, Boolean> takeTheirs) {
        Result auto = merge(base, baseDeleted, mine, mineDeleted, theirs, theirsDeleted);
        ObjectNode content = auto.content();
        boolean deleted = auto.deleted();
        Set<String> decided = new LinkedHashSet<>(auto.conflicts());
        decided.addAll(takeTheirs.keySet());
        for (String field : decided) {
            boolean theirsWins = takeTheirs.getOrDefault(field, false);
            if (DELETED.equals(field)) {
                deleted = theirsWins ? theirsDeleted : mineDeleted;
            } else {
                content.set(field, theirsWins ? theirs.get(field) : mine.get(field));
            }
        }
        return new Result(content, deleted, List.of());
    }
}
