package vn.chungtay.app.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.identity.IdentityService;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.identity.Installation;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.sync.SyncConflict;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;
import vn.chungtay.store.Store;

/**
 * Offline sync (DESIGN.md, "Sync packages"): exporting a package of a scope's changes (or all of it), checking a
 * package and its sender before anything is written, importing one or many packages each all or nothing, and the
 * conflict queue where a person chooses between two edits of the same field.
 */
public final class SyncService {

    private final Store store;
    private final Clock clock;
    private final Uuids uuids;
    private final IdentityService identity;

    public SyncService(Store store, Clock clock, Uuids uuids, IdentityService identity) {
        this.store = store;
        this.clock = clock;
        this.uuids = uuids;
        this.identity = identity;
    }

    /** The schema version of this database: packages of a later one are refused. */
    public int schemaVersion() {
        return store.schemaVersion();
    }

    /** What an export made. */
    public record ExportResult(Path file, Manifest manifest, long bytes) {

        public long rows() {
            return manifest.entries().stream().mapToLong(Manifest.Entry::rows).sum();
        }
    }

    /**
     * Writes a package of the communes' records: those changed since the last package for the same communes, or all
     * of them ({@code full}).
     */
    public ExportResult export(Actor actor, Set<String> communes, boolean full, Path out, Progress progress) {
        Installation local = identity.localInstallation();
        if (communes.isEmpty()) {
            throw new ValidationException(Violation.of("commune", "validation.sync.scope.empty"));
        }
        return store.inTransaction(repos -> {
            UnitTree tree = new UnitTree(repos.units().all(), LocalDate.now(clock));
            Set<String> path = new HashSet<>();
            for (String commune : communes) {
                if (!tree.communesUnder(commune).contains(commune)) {
                    throw new ValidationException(Violation.of("commune", "validation.unit.unknown", commune));
                }
                if (!tree.isWithin(commune, actor.unitCode())) {
                    throw new AccessDeniedException(commune);
                }
                tree.path(commune).forEach(u -> path.add(u.code()));
            }
            Scope scope = new Scope(communes, path);
            PackageWriter.Written written = new PackageWriter(repos, local)
                    .write(scope, actor.unitCode(), full, out, clock.instant(), store.schemaVersion(), progress);
            return new ExportResult(out, written.manifest(), written.bytes());
        });
    }

    /** What a package says of itself and whether its sender is known, checked without touching the database. */
    public record Inspection(Path file, Manifest manifest, Sender sender) {
    }

    /** How this installation knows a package's sender. */
    public enum Sender { TRUSTED, UNKNOWN, THIS_INSTALLATION }

    /**
     * Verifies a package (structure, bounds, manifest, signature, checksums) and says whether its sender is trusted.
     *
     * @throws PackageRejectedException when the package fails any check, or its sender is known with another key
     */
    public Inspection inspect(Path file) {
        try (PackageReader reader = PackageReader.open(file)) {
            Manifest m = reader.verify(store.schemaVersion());
            var known = store.reading().installations().find(m.sourceInstallation());
            if (known.isPresent() && !java.util.Arrays.equals(known.get().publicKey(), m.publicKey())) {
                throw PackageRejectedException.of("sync.reject.wrong-key", m.sourceName(), m.fingerprint());
            }
            Sender sender = known.isEmpty() ? Sender.UNKNOWN : known.get().local() ? Sender.THIS_INSTALLATION
                    : Sender.TRUSTED;
            return new Inspection(file, m, sender);
        }
    }

    /**
     * Imports packages one after the other, each in its own transaction: a rejected one changes nothing and does not
     * stop the others. {@code trustNewSenders} stands for a person having confirmed the senders' fingerprints.
     */
    public List<ImportReport> importPackages(Actor actor, List<Path> files, boolean trustNewSenders,
                                             Progress progress) {
        List<ImportReport> reports = new ArrayList<>();
        long scale = 1000;
        for (int i = 0; i < files.size(); i++) {
            progress.checkCancelled();
            long finished = i * scale;
            reports.add(importPackage(actor, files.get(i), trustNewSenders, new Progress() {
                @Override
                public void update(long done, long total) {
                    // Each package is an equal share of the bar, filled as its rows are applied.
                    progress.update(finished + (total <= 0 ? 0 : Math.min(scale, done * scale / total)),
                            files.size() * scale);
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            }));
            progress.update((i + 1) * scale, files.size() * scale);
        }
        return reports;
    }

    /** Imports one package all or nothing; a rejection is a report, not an exception. */
    public ImportReport importPackage(Actor actor, Path file, boolean trustNewSender, Progress progress) {
        Manifest manifest = null;
        try (PackageReader reader = PackageReader.open(file)) {
            manifest = reader.verify(store.schemaVersion());
            Manifest m = manifest;
            return store.inTransaction(repos -> new PackageImporter(repos, clock, uuids,
                    actor.stamp(clock.instant())).apply(file, reader, m, trustNewSender, progress));
        } catch (PackageRejectedException e) {
            return ImportReport.rejected(file, manifest, e);
        }
    }

    /** Open conflicts of the communes the actor covers, oldest first. */
    public List<SyncConflict> conflicts(Actor actor) {
        Set<String> scope = new UnitTree(store.reading().units().all(), LocalDate.now(clock))
                .communesUnder(actor.unitCode());
        Set<String> owners = new LinkedHashSet<>(scope);
        owners.add(actor.unitCode());
        return store.reading().sync().openConflicts(owners);
    }

    /** All open conflicts (the command line, which works for the whole database). */
    public List<SyncConflict> allConflicts() {
        return store.reading().sync().openConflicts(null);
    }

    /** A conflict with every field side by side. */
    public ConflictDetail detail(UUID conflictId) {
        SyncConflict c = store.reading().sync().conflict(conflictId).orElseThrow(() ->
                new ValidationException(Violation.of("conflict", "validation.sync.conflict.gone")));
        ObjectNode mine = Lines.parse(c.localLine());
        ObjectNode theirs = Lines.parse(c.incomingLine());
        ObjectNode mineContent = (ObjectNode) mine.get("content");
        ObjectNode theirsContent = (ObjectNode) theirs.get("content");
        List<ConflictDetail.FieldDiff> fields = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        mineContent.fieldNames().forEachRemaining(names::add);
        theirsContent.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            fields.add(new ConflictDetail.FieldDiff(name, text(mineContent.get(name)), text(theirsContent.get(name)),
                    c.fields().contains(name)));
        }
        fields.add(new ConflictDetail.FieldDiff(ThreeWayMerge.DELETED, mine.get("deleted").asText(),
                theirs.get("deleted").asText(), c.fields().contains(ThreeWayMerge.DELETED)));
        return new ConflictDetail(c, mine.get("user").asText(), mine.get("at").asText(), theirs.get("user").asText(),
                theirs.get("at").asText(), fields);
    }

    /**
     * Resolves a conflict with a person's choice for each colliding field ({@code true}: the incoming value). The
     * result is a new revision descending from both versions, so it wins wherever it travels; both old versions
     * stay in the conflict's record.
     */
    public void resolve(Actor actor, UUID conflictId, Map<String, Boolean> takeIncoming) {
        store.run(repos -> {
            SyncConflict c = repos.sync().conflict(conflictId).filter(SyncConflict::open).orElseThrow(() ->
                    new ValidationException(Violation.of("conflict", "validation.sync.conflict.gone")));
            SyncType<?> type = SyncTypes.byType(c.recordType()).orElseThrow();
            if (!new UnitTree(repos.units().all(), LocalDate.now(clock)).isWithin(c.ownerUnit(), actor.unitCode())
                    && !c.ownerUnit().equals(actor.unitCode())) {
                throw new AccessDeniedException(c.ownerUnit());
            }
            resolve(repos, type, c, takeIncoming, actor);
            if (takeIncoming.containsKey(ThreeWayMerge.DELETED)) {
                resolveHeldBackChildren(repos, c, takeIncoming.get(ThreeWayMerge.DELETED), actor);
            }
        });
    }

    /**
     * A household deleted here and kept by a person's choice comes back with the members deleted together with it
     * (same change stamp), each as a new revision; members deleted earlier on their own stay deleted.
     */
    private void restoreMembersDeletedWith(Repositories repos, RecordMeta household, ChangeStamp stamp) {
        for (Member m : repos.households().deletedMembersOf(household.id())) {
            if (m.meta().lastChange().equals(household.lastChange())) {
                Member back = new Member(m.meta().restored(uuids.next(), stamp), m.householdId(), m.position(),
                        m.details());
                repos.households().saveMember(back);
                repos.sync().keepRevision(SyncTypes.MEMBERS.type(), back.meta(),
                        Lines.text(SyncTypes.MEMBERS.content(back, Lines.MAPPER.createObjectNode())), stamp.at());
            }
        }
    }

    /** Members held back with their household's disputed deletion follow the choice made for the household. */
    private void resolveHeldBackChildren(Repositories repos, SyncConflict parent, boolean takeIncoming, Actor actor) {
        for (SyncConflict child : repos.sync().openConflicts(List.of(parent.ownerUnit()))) {
            SyncType<?> childType = SyncTypes.byType(child.recordType()).orElseThrow();
            if (!child.fields().equals(List.of(ThreeWayMerge.DELETED)) || child.id().equals(parent.id())) {
                continue;
            }
            boolean belongs = childType.type().equals(SyncTypes.MEMBERS.type()) && parent.recordType()
                    .equals(SyncTypes.HOUSEHOLDS.type()) && parent.recordId().toString()
                    .equals(Lines.parse(child.localLine()).get("content").path("household").asText());
            if (belongs) {
                resolve(repos, childType, child, Map.of(ThreeWayMerge.DELETED, takeIncoming), actor);
            }
        }
    }

    private <T> void resolve(Repositories repos, SyncType<T> type, SyncConflict c, Map<String, Boolean> takeIncoming,
                             Actor actor) {
        var now = clock.instant();
        T local = type.find(repos, c.recordId()).orElseThrow();
        RecordMeta mine = type.meta(local);
        ObjectNode theirsLine = Lines.parse(c.incomingLine());
        RecordMeta theirs = Lines.meta(theirsLine);
        RecordApplier applier = new RecordApplier(repos, uuids, actor.stamp(now), c.packageId(), now);
        RecordApplier.Ancestor base = applier.commonAncestor(type.type(), c.recordId(), mine.revision(),
                theirs.revision());
        ThreeWayMerge.Result result = ThreeWayMerge.resolve(base == null ? null : base.content(),
                base != null && base.deleted(), type.content(local, Lines.MAPPER.createObjectNode()), mine.deleted(),
                (ObjectNode) theirsLine.get("content"), theirs.deleted(), takeIncoming);
        T resolved = type.decode(applier.mergedMeta(mine, theirs, result.deleted()), result.content());
        type.save(repos, resolved);
        RecordMeta meta = type.meta(resolved);
        repos.sync().keepRevision(type.type(), meta, Lines.text(result.content()), now);
        repos.sync().resolve(c.id(), actor.userName(), now, Lines.text(Lines.line(type, resolved)));
        applier.closeConflictsSettledBy(type.type(), c.recordId(), meta.revision());
        if (type == SyncTypes.HOUSEHOLDS) {
            if (mine.deleted() && !result.deleted()) {
                restoreMembersDeletedWith(repos, mine, actor.stamp(now));
            }
            repos.households().refreshDerived(c.recordId());
        } else if (type == SyncTypes.MEMBERS) {
            repos.households().refreshDerived(((vn.chungtay.domain.household.Member) resolved).householdId());
        }
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
