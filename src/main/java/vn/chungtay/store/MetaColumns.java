package vn.chungtay.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Revision;
import vn.chungtay.store.generated.Sequences;

/**
 * The identity and change-tracking columns that every travelling table has under the same names (see V1), read
 * into and written from a {@link RecordMeta}. Writing always takes a new local sequence number, so that "changed
 * since" finds the row.
 */
public final class MetaColumns {

    private final Field<UUID> id;
    private final Field<String> ownerUnit;
    private final Field<Integer> rev;
    private final Field<UUID> revId;
    private final Field<String> revAncestors;
    private final Field<UUID> changedByInstallation;
    private final Field<String> changedByUser;
    private final Field<OffsetDateTime> changedAt;
    private final Field<Boolean> deleted;
    private final Field<Long> localSeq;

    public MetaColumns(Table<?> table) {
        id = field(table, "ID", UUID.class);
        ownerUnit = field(table, "OWNER_UNIT", String.class);
        rev = field(table, "REV", Integer.class);
        revId = field(table, "REV_ID", UUID.class);
        revAncestors = field(table, "REV_ANCESTORS", String.class);
        changedByInstallation = field(table, "CHANGED_BY_INSTALLATION", UUID.class);
        changedByUser = field(table, "CHANGED_BY_USER", String.class);
        changedAt = field(table, "CHANGED_AT", OffsetDateTime.class);
        deleted = field(table, "DELETED", Boolean.class);
        localSeq = field(table, "LOCAL_SEQ", Long.class);
    }

    /**
     * The table's own generated field, not a coerced copy: jOOQ finds a record's value by field identity quickly,
     * but by name only through rendering, which made reading a province's members ten times slower.
     */
    @SuppressWarnings("unchecked")
    private static <T> Field<T> field(Table<?> table, String name, Class<T> type) {
        Field<?> f = table.field(name);
        if (f == null || !type.isAssignableFrom(f.getType())) {
            throw new IllegalStateException(table.getName() + " lacks tracking column " + name + " of " + type);
        }
        return (Field<T>) f;
    }

    public RecordMeta read(Record r) {
        Revision revision = new Revision(r.get(rev), r.get(revId), parseAncestors(r.get(revAncestors)));
        ChangeStamp stamp = new ChangeStamp(r.get(changedByInstallation), r.get(changedByUser),
                r.get(changedAt).toInstant());
        return new RecordMeta(r.get(id), r.get(ownerUnit), revision, stamp, r.get(deleted));
    }

    /** The column values for a meta, including a fresh local sequence number. */
    public Map<Field<?>, Object> values(RecordMeta meta) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(id, meta.id());
        values.put(ownerUnit, meta.ownerUnit());
        values.put(rev, meta.revision().number());
        values.put(revId, meta.revision().id());
        values.put(revAncestors, formatAncestors(meta.revision().ancestors()));
        values.put(changedByInstallation, meta.lastChange().installationId());
        values.put(changedByUser, meta.lastChange().userName());
        values.put(changedAt, meta.lastChange().at().atOffset(ZoneOffset.UTC));
        values.put(deleted, meta.deleted());
        values.put(localSeq, Sequences.CHANGE_SEQ.nextval());
        return values;
    }

    public Field<UUID> id() {
        return id;
    }

    public Field<Boolean> deleted() {
        return deleted;
    }

    public Field<String> ownerUnit() {
        return ownerUnit;
    }

    public Field<Long> localSeq() {
        return localSeq;
    }

    static String formatAncestors(List<UUID> ancestors) {
        StringBuilder out = new StringBuilder();
        for (UUID ancestor : ancestors) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(ancestor);
        }
        return out.toString();
    }

    static List<UUID> parseAncestors(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(UUID::fromString).toList();
    }
}
