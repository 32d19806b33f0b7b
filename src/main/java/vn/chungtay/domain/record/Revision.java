package vn.chungtay.domain.record;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The revision of a synced record: a counter, the id of this revision and a short chain of ancestor revision ids,
 * nearest first, as CouchDB keeps them (DESIGN.md). With the chain, two versions tell whether one descends from the
 * other or whether they were edited concurrently.
 */
public record Revision(int number, UUID id, List<UUID> ancestors) {

    /** How many ancestors are kept; enough to recognise descent across many offline edits between two syncs. */
    public static final int MAX_ANCESTORS = 10;

    public Revision {
        if (number < 1) {
            throw new IllegalArgumentException("revision numbers start at 1");
        }
        ancestors = List.copyOf(ancestors);
        if (ancestors.size() > MAX_ANCESTORS) {
            ancestors = ancestors.subList(0, MAX_ANCESTORS);
        }
    }

    /** The first revision of a newly born record. */
    public static Revision first(UUID revisionId) {
        return new Revision(1, revisionId, List.of());
    }

    /** The revision that follows this one. */
    public Revision next(UUID revisionId) {
        List<UUID> chain = new ArrayList<>(MAX_ANCESTORS);
        chain.add(id);
        chain.addAll(ancestors);
        return new Revision(number + 1, revisionId, chain.size() > MAX_ANCESTORS ? chain.subList(0, MAX_ANCESTORS) : chain);
    }

    /** True when this revision is {@code other} or a later edit of it. */
    public boolean descendsFrom(Revision other) {
        return id.equals(other.id) || ancestors.contains(other.id);
    }
}
