package vn.chungtay.store.sync;

import static vn.chungtay.store.generated.Tables.EXPORT_LOG;
import static vn.chungtay.store.generated.Tables.IMPORT_LOG;
import static vn.chungtay.store.generated.Tables.RECORD_REVISION;
import static vn.chungtay.store.generated.Tables.SYNC_CONFLICT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.sync.ImportCounts;
import vn.chungtay.domain.sync.PackageLogEntry;
import vn.chungtay.domain.sync.SyncConflict;
import vn.chungtay.store.ChangeFeed;
import vn.chungtay.store.generated.tables.records.SyncConflictRecord;

/**
 * Sync bookkeeping: packages exported and imported, the content of revisions sent or received (the base for merges
 * and the history that keeps losing values), and the conflict queue.
 */
public final class SyncRepository {

    private final DSLContext dsl;

    public SyncRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The highest change sequence number in the database: the end of the range a package made now carries. */
    public long highestSeq() {
        return ChangeFeed.highestSeq(dsl);
    }

    // ---- exports --------------------------------------------------------------------------------------------

    /** The latest package made for the scope, if any. */
    public Optional<PackageLogEntry> lastExport(String scope) {
        return dsl.selectFrom(EXPORT_LOG).where(EXPORT_LOG.SCOPE.eq(scope)).orderBy(EXPORT_LOG.PACKAGE_NO.desc())
                .limit(1)
                .fetchOptional(r -> new PackageLogEntry(r.getId(), null, "", r.getScope(), r.getPackageNo(),
                        r.getFullPackage(), r.getSeqFrom(), r.getSeqTo(), r.getCreatedAt().toInstant(),
                        ImportCounts.NONE));
    }

    public void logExport(PackageLogEntry e, String fileName) {
        dsl.insertInto(EXPORT_LOG)
                .set(EXPORT_LOG.ID, e.packageId())
                .set(EXPORT_LOG.SCOPE, e.scope())
                .set(EXPORT_LOG.PACKAGE_NO, e.packageNo())
                .set(EXPORT_LOG.FULL_PACKAGE, e.full())
                .set(EXPORT_LOG.SEQ_FROM, e.seqFrom())
                .set(EXPORT_LOG.SEQ_TO, e.seqTo())
                .set(EXPORT_LOG.CREATED_AT, e.at().atOffset(ZoneOffset.UTC))
                .set(EXPORT_LOG.FILE_NAME, fileName)
                .execute();
    }

    // ---- imports --------------------------------------------------------------------------------------------

    public boolean imported(UUID packageId) {
        return dsl.fetchExists(IMPORT_LOG, IMPORT_LOG.PACKAGE_ID.eq(packageId));
    }

    /** The imported package of this sender and scope that reaches furthest in the sender's change sequence. */
    public Optional<PackageLogEntry> furthestImport(UUID source, String scope) {
        return dsl.selectFrom(IMPORT_LOG)
                .where(IMPORT_LOG.SOURCE_INSTALLATION.eq(source).and(IMPORT_LOG.SCOPE.eq(scope)))
                .orderBy(IMPORT_LOG.SEQ_TO.desc()).limit(1)
                .fetchOptional(r -> new PackageLogEntry(r.getPackageId(), r.getSourceInstallation(), r.getSourceName(),
                        r.getScope(), r.getPackageNo(), r.getFullPackage(), r.getSeqFrom(), r.getSeqTo(),
                        r.getImportedAt().toInstant(), new ImportCounts(r.getNewRecords(), r.getUpdatedRecords(),
                        r.getUnchangedRecords(), r.getConflicts())));
    }

    public void logImport(PackageLogEntry e) {
        dsl.insertInto(IMPORT_LOG)
                .set(IMPORT_LOG.PACKAGE_ID, e.packageId())
                .set(IMPORT_LOG.SOURCE_INSTALLATION, e.sourceInstallation())
                .set(IMPORT_LOG.SOURCE_NAME, e.sourceName())
                .set(IMPORT_LOG.SCOPE, e.scope())
                .set(IMPORT_LOG.PACKAGE_NO, e.packageNo())
                .set(IMPORT_LOG.FULL_PACKAGE, e.full())
                .set(IMPORT_LOG.SEQ_FROM, e.seqFrom())
                .set(IMPORT_LOG.SEQ_TO, e.seqTo())
                .set(IMPORT_LOG.IMPORTED_AT, e.at().atOffset(ZoneOffset.UTC))
                .set(IMPORT_LOG.NEW_RECORDS, e.counts().added())
                .set(IMPORT_LOG.UPDATED_RECORDS, e.counts().updated())
                .set(IMPORT_LOG.UNCHANGED_RECORDS, e.counts().unchanged())
                .set(IMPORT_LOG.CONFLICTS, e.counts().conflicts())
                .execute();
    }

    // ---- revisions ------------------------------------------------------------------------------------------

    /** Keeps the content of a record's revision (once; a revision id never changes its content). */
    public void keepRevision(String type, RecordMeta meta, String content, Instant at) {
        boolean known = dsl.fetchExists(RECORD_REVISION, RECORD_REVISION.RECORD_TYPE.eq(type)
                .and(RECORD_REVISION.RECORD_ID.eq(meta.id())).and(RECORD_REVISION.REV_ID.eq(meta.revision().id())));
        if (known) {
            return;
        }
        dsl.insertInto(RECORD_REVISION)
                .set(RECORD_REVISION.RECORD_TYPE, type)
                .set(RECORD_REVISION.RECORD_ID, meta.id())
                .set(RECORD_REVISION.REV_ID, meta.revision().id())
                .set(RECORD_REVISION.REV, meta.revision().number())
                .set(RECORD_REVISION.CHANGED_BY_USER, meta.lastChange().userName())
                .set(RECORD_REVISION.CHANGED_AT, meta.lastChange().at().atOffset(ZoneOffset.UTC))
                .set(RECORD_REVISION.DELETED, meta.deleted())
                .set(RECORD_REVISION.CONTENT, content)
                .set(RECORD_REVISION.RECORDED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** A revision's content to keep. */
    public record RevisionContent(RecordMeta meta, String content) {
    }

    /** Keeps many revisions' content at once (an export); revisions already kept are left as they are. */
    public void keepRevisions(String type, List<RevisionContent> revisions, Instant at) {
        writeRevisions(type, revisions, at, true);
    }

    /**
     * Keeps the contents of first revisions of records this installation has never held (an import's new records):
     * none can be kept already, so they are inserted without the check for an existing row.
     */
    public void insertNewRevisions(String type, List<RevisionContent> revisions, Instant at) {
        writeRevisions(type, revisions, at, false);
    }

    private void writeRevisions(String type, List<RevisionContent> revisions, Instant at, boolean mayExist) {
        if (revisions.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(RECORD_REVISION, RECORD_REVISION.RECORD_TYPE, RECORD_REVISION.RECORD_ID,
                        RECORD_REVISION.REV_ID, RECORD_REVISION.REV, RECORD_REVISION.CHANGED_BY_USER,
                        RECORD_REVISION.CHANGED_AT, RECORD_REVISION.DELETED, RECORD_REVISION.CONTENT,
                        RECORD_REVISION.RECORDED_AT)
                .values((String) null, null, null, null, null, null, null, null, null);
        var batch = dsl.batch(mayExist ? insert.onConflictDoNothing() : insert);
        for (RevisionContent r : revisions) {
            RecordMeta m = r.meta();
            batch = batch.bind(type, m.id(), m.revision().id(), m.revision().number(), m.lastChange().userName(),
                    m.lastChange().at().atOffset(ZoneOffset.UTC), m.deleted(), r.content(), at.atOffset(ZoneOffset.UTC));
        }
        batch.execute();
    }

    /** A kept revision: its content and whether it was a tombstone. */
    public record KeptRevision(String content, boolean deleted) {
    }

    /** The content kept for one revision of a record. */
    public Optional<KeptRevision> revision(String type, UUID recordId, UUID revId) {
        return dsl.select(RECORD_REVISION.CONTENT, RECORD_REVISION.DELETED).from(RECORD_REVISION)
                .where(RECORD_REVISION.RECORD_TYPE.eq(type).and(RECORD_REVISION.RECORD_ID.eq(recordId))
                        .and(RECORD_REVISION.REV_ID.eq(revId)))
                .fetchOptional(r -> new KeptRevision(r.value1(), r.value2()));
    }

    // ---- conflicts ------------------------------------------------------------------------------------------

    public void addConflict(SyncConflict c) {
        dsl.insertInto(SYNC_CONFLICT)
                .set(SYNC_CONFLICT.ID, c.id())
                .set(SYNC_CONFLICT.RECORD_TYPE, c.recordType())
                .set(SYNC_CONFLICT.RECORD_ID, c.recordId())
                .set(SYNC_CONFLICT.OWNER_UNIT, c.ownerUnit())
                .set(SYNC_CONFLICT.PACKAGE_ID, c.packageId())
                .set(SYNC_CONFLICT.LOCAL_REV_ID, c.localRevId())
                .set(SYNC_CONFLICT.LOCAL_LINE, c.localLine())
                .set(SYNC_CONFLICT.INCOMING_REV_ID, c.incomingRevId())
                .set(SYNC_CONFLICT.INCOMING_LINE, c.incomingLine())
                .set(SYNC_CONFLICT.FIELDS, String.join(",", c.fields()))
                .set(SYNC_CONFLICT.DETECTED_AT, c.detectedAt().atOffset(ZoneOffset.UTC))
                .set(SYNC_CONFLICT.STATUS, c.open() ? "OPEN" : "RESOLVED")
                .execute();
    }

    /** Open conflicts, oldest first ({@code owners} null: all). */
    public List<SyncConflict> openConflicts(java.util.Collection<String> owners) {
        var condition = SYNC_CONFLICT.STATUS.eq("OPEN");
        if (owners != null) {
            condition = condition.and(SYNC_CONFLICT.OWNER_UNIT.in(owners));
        }
        return dsl.selectFrom(SYNC_CONFLICT).where(condition).orderBy(SYNC_CONFLICT.DETECTED_AT, SYNC_CONFLICT.ID)
                .fetch(SyncRepository::toConflict);
    }

    /** The open conflicts of one record. */
    public List<SyncConflict> openConflictsOf(String type, UUID recordId) {
        return dsl.selectFrom(SYNC_CONFLICT)
                .where(SYNC_CONFLICT.STATUS.eq("OPEN").and(SYNC_CONFLICT.RECORD_TYPE.eq(type))
                        .and(SYNC_CONFLICT.RECORD_ID.eq(recordId)))
                .fetch(SyncRepository::toConflict);
    }

    public Optional<SyncConflict> conflict(UUID id) {
        return dsl.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(id)).fetchOptional(SyncRepository::toConflict);
    }

    public int countOpenConflicts() {
        return dsl.fetchCount(SYNC_CONFLICT, SYNC_CONFLICT.STATUS.eq("OPEN"));
    }

    /** Marks a conflict resolved: by whom, when, and the line that resolved it. */
    public void resolve(UUID id, String userName, Instant at, String resolutionLine) {
        dsl.update(SYNC_CONFLICT)
                .set(SYNC_CONFLICT.STATUS, "RESOLVED")
                .set(SYNC_CONFLICT.RESOLVED_BY, userName)
                .set(SYNC_CONFLICT.RESOLVED_AT, at.atOffset(ZoneOffset.UTC))
                .set(SYNC_CONFLICT.RESOLUTION, resolutionLine)
                .where(SYNC_CONFLICT.ID.eq(id))
                .execute();
    }

    private static SyncConflict toConflict(SyncConflictRecord r) {
        List<String> fields = r.getFields().isEmpty() ? List.of() : Arrays.asList(r.getFields().split(","));
        return new SyncConflict(r.getId(), r.getRecordType(), r.getRecordId(), r.getOwnerUnit(), r.getPackageId(),
                r.getLocalRevId(), r.getLocalLine(), r.getIncomingRevId(), r.getIncomingLine(), fields,
                r.getDetectedAt().toInstant(), "OPEN".equals(r.getStatus()), r.getResolvedBy(),
                r.getResolvedAt() == null ? null : r.getResolvedAt().toInstant(), r.getResolution());
    }
}
