package vn.chungtay.store;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.chungtay.store.generated.Tables;

/**
 * The rows of travelling tables that changed after a point in this installation's change sequence, tombstones
 * included (a deletion travels like an edit): what an incremental sync package carries.
 */
public final class ChangeFeed {

    /** Every table whose rows travel, with their tracking columns. */
    static final List<Table<?>> TRAVELLING = List.of(Tables.ADMIN_UNIT, Tables.VILLAGE, Tables.HOUSEHOLD,
            Tables.MEMBER, Tables.POVERTY_STANDARD, Tables.REVIEW_ROUND, Tables.HOUSEHOLD_REVIEW, Tables.PROGRAMME,
            Tables.SUPPORT_KIND, Tables.SUPPORT_EVENT);

    private ChangeFeed() {
    }

    /**
     * Streams the rows of the table changed after {@code since} and up to {@code upTo}, in change order, owned by
     * one of {@code owners} ({@code null}: any owner).
     */
    public static <R extends Record, T> void forEach(DSLContext dsl, Table<R> table, Collection<String> owners,
                                                     long since, long upTo, RecordMapper<? super R, T> mapper,
                                                     Consumer<T> action) {
        MetaColumns meta = new MetaColumns(table);
        Condition c = meta.localSeq().gt(since).and(meta.localSeq().le(upTo));
        if (owners != null) {
            c = c.and(meta.ownerUnit().in(owners));
        }
        try (Cursor<R> cursor = dsl.selectFrom(table).where(c).orderBy(meta.localSeq()).fetchSize(2000)
                .fetchLazy()) {
            for (R r : cursor) {
                action.accept(mapper.map(r));
            }
        }
    }

    /** The highest change sequence number written to any travelling table (0 for an empty database). */
    public static long highestSeq(DSLContext dsl) {
        long highest = 0;
        for (Table<?> table : TRAVELLING) {
            Long max = dsl.select(DSL.max(new MetaColumns(table).localSeq())).from(table).fetchOne(0, Long.class);
            if (max != null && max > highest) {
                highest = max;
            }
        }
        return highest;
    }
}
