package vn.chungtay.app.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Revision;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.sync.SyncConflict;
import vn.chungtay.store.Repositories;
import vn.chungtay.store.sync.SyncRepository;

/**
 * Applies one incoming record under the rules of DESIGN.md: a record new here is inserted; the same revision changes
 * nothing; a version that descends from the local one replaces it; an older one is ignored; two versions edited apart
 * merge field by field against their common ancestor, and fields changed on both sides go to the conflict queue with
 * the local version kept until a person chooses. A merge is a new revision descending from both, so it wins
 * wherever it travels.
 */
final class RecordApplier {

    private static final int BATCH = 1000;

    /** What applying one record did. */
    enum Outcome { ADDED, UPDATED, UNCHANGED, CONFLICT }

    private final Repositories repos;
    private final Uuids uuids;
    private final ChangeStamp mergeStamp;
    private final UUID packageId;
    private final Instant now;
    private final Map<SyncType<?>, List<Object>> newRecords = new LinkedHashMap<>();
    private final Map<String, List<SyncRepository.RevisionContent>> revisions = new LinkedHashMap<>();
    /** Revisions of records new here: nothing of them can be kept yet, so they are written without a check. */
    private final Map<String, List<SyncRepository.RevisionContent>> newRevisions = new LinkedHashMap<>();

    RecordApplier(Repositories repos, Uuids uuids, ChangeStamp mergeStamp, UUID packageId, Instant now) {
        this.repos = repos;
        this.uuids = uuids;
        this.mergeStamp = mergeStamp;
        this.packageId = packageId;
        this.now = now;
    }

    /** Applies one record; {@code found} is the stored version with its id, looked up with its neighbours. */
    <T> Outcome apply(SyncType<T> type, T incoming, String incomingLine, Optional<T> found) {
        RecordMeta in = type.meta(incoming);
        ObjectNode inContent = type.content(incoming, Lines.MAPPER.createObjectNode());
        if (found.isEmpty()) {
            keep(newRevisions, type.type(), in, Lines.text(inContent));
            // A package holds each record once, so a record new here is inserted with the next ones in a batch.
            @SuppressWarnings("unchecked")
            List<T> pending = (List<T>) newRecords.computeIfAbsent(type, t -> new ArrayList<>());
            pending.add(incoming);
            if (pending.size() >= BATCH) {
                flushInserts();
            }
            return Outcome.ADDED;
        }
        keep(type.type(), in, Lines.text(inContent));
        T local = found.get();
        RecordMeta mine = type.meta(local);
        Revision localRev = mine.revision();
        if (localRev.id().equals(in.revision().id()) || localRev.descendsFrom(in.revision())) {
            return Outcome.UNCHANGED;
        }
        if (in.revision().descendsFrom(localRev)) {
            if (in.deleted() && !mine.deleted() && parentDeletionDisputed(type, incoming)) {
                addConflict(type, local, in, incomingLine, List.of(ThreeWayMerge.DELETED));
                return Outcome.CONFLICT;
            }
            type.save(repos, incoming);
            closeConflictsSettledBy(type.type(), in.id(), in.revision());
            return Outcome.UPDATED;
        }
        ObjectNode localContent = type.content(local, Lines.MAPPER.createObjectNode());
        keep(type.type(), mine, Lines.text(localContent));
        flushRevisions();
        Ancestor base = commonAncestor(type.type(), in.id(), localRev, in.revision());
        ThreeWayMerge.Result merged = ThreeWayMerge.merge(base == null ? null : base.content(),
                base != null && base.deleted(), localContent, mine.deleted(), inContent, in.deleted());
        if (merged.conflicts().isEmpty()) {
            T result = type.decode(mergedMeta(mine, in, merged.deleted()), merged.content());
            type.save(repos, result);
            keep(type.type(), type.meta(result), Lines.text(merged.content()));
            return Outcome.UPDATED;
        }
        addConflict(type, local, in, incomingLine, merged.conflicts());
        return Outcome.CONFLICT;
    }

    private <T> void addConflict(SyncType<T> type, T local, RecordMeta in, String incomingLine, List<String> fields) {
        RecordMeta mine = type.meta(local);
        keep(type.type(), mine, Lines.text(type.content(local, Lines.MAPPER.createObjectNode())));
        repos.sync().addConflict(new SyncConflict(uuids.next(), type.type(), in.id(), mine.ownerUnit(), packageId,
                mine.revision().id(), Lines.text(Lines.line(type, local)), in.revision().id(), incomingLine,
                fields, now, true, null, null, null));
    }

    /** Whether the record's parent has an open conflict over its deletion (the parent is applied first). */
    private <T> boolean parentDeletionDisputed(SyncType<T> type, T record) {
        return type.parent(record).map(p -> repos.sync().openConflictsOf(p.type(), p.id()).stream()
                .anyMatch(c -> c.fields().contains(ThreeWayMerge.DELETED))).orElse(false);
    }

    /** Keeps a revision's content, with the next ones in a batch. */
    private void keep(String type, RecordMeta meta, String content) {
        keep(revisions, type, meta, content);
    }

    private void keep(Map<String, List<SyncRepository.RevisionContent>> into, String type, RecordMeta meta,
                      String content) {
        List<SyncRepository.RevisionContent> pending = into.computeIfAbsent(type, t -> new ArrayList<>());
        pending.add(new SyncRepository.RevisionContent(meta, content));
        if (pending.size() >= BATCH) {
            flushRevisions();
        }
    }

    /** Writes the records and revisions still pending: at the end of each entry, before anything reads them. */
    void flush() {
        flushInserts();
        flushRevisions();
    }

    private void flushInserts() {
        newRecords.forEach(this::insert);
        newRecords.clear();
    }

    @SuppressWarnings("unchecked")
    private <T> void insert(SyncType<?> type, List<?> records) {
        ((SyncType<T>) type).insertAll(repos, (List<T>) records);
    }

    private void flushRevisions() {
        revisions.forEach((type, list) -> repos.sync().keepRevisions(type, list, now));
        revisions.clear();
        newRevisions.forEach((type, list) -> repos.sync().insertNewRevisions(type, list, now));
        newRevisions.clear();
    }

    /** The revision that merges two versions: it descends from both, so either side sees it as newer. */
    RecordMeta mergedMeta(RecordMeta mine, RecordMeta theirs, boolean deleted) {
        LinkedHashSet<UUID> ancestors = new LinkedHashSet<>();
        ancestors.add(mine.revision().id());
        ancestors.add(theirs.revision().id());
        ancestors.addAll(mine.revision().ancestors());
        ancestors.addAll(theirs.revision().ancestors());
        Revision revision = new Revision(Math.max(mine.revision().number(), theirs.revision().number()) + 1,
                uuids.next(), new ArrayList<>(ancestors));
        return new RecordMeta(mine.id(), mine.ownerUnit(), revision, mergeStamp, deleted);
    }

    /** A common ancestor's content. */
    record Ancestor(ObjectNode content, boolean deleted) {
    }

    /**
     * The nearest revision both versions descend from whose content this installation kept (it sent or received
     * it), or {@code null}.
     */
    Ancestor commonAncestor(String type, UUID recordId, Revision mine, Revision theirs) {
        List<UUID> candidates = new ArrayList<>(theirs.ancestors());
        for (UUID candidate : candidates) {
            boolean shared = mine.id().equals(candidate) || mine.ancestors().contains(candidate);
            if (!shared) {
                continue;
            }
            Optional<SyncRepository.KeptRevision> kept = repos.sync().revision(type, recordId, candidate);
            if (kept.isPresent()) {
                return new Ancestor(Lines.parse(kept.get().content()), kept.get().deleted());
            }
        }
        return null;
    }

    /** Open conflicts of the record that the applied revision settles (it descends from both their sides). */
    void closeConflictsSettledBy(String type, UUID recordId, Revision applied) {
        for (SyncConflict c : repos.sync().openConflictsOf(type, recordId)) {
            boolean settles = (applied.id().equals(c.localRevId()) || applied.ancestors().contains(c.localRevId()))
                    && (applied.id().equals(c.incomingRevId()) || applied.ancestors().contains(c.incomingRevId()));
            if (settles) {
                repos.sync().resolve(c.id(), mergeStamp.userName(), now, "");
            }
        }
    }
}
