package vn.chungtay.store;

import java.util.Collection;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * {@code column IN (…)} with the values written into the statement as constants rather than bound. jOOQ binds each
 * UUID as {@code CAST(? AS uuid)}; H2 then tests a list of expressions row by row, casting every value for every row
 * it reads (a chunk of 500 households cost 250,000 casts; a report's 100 rounds, 100 casts for each of 130,000
 * reviews). A list of constants becomes a hash set that each row is looked up in once, and H2 still ranges over an
 * index by it. The values are ids and unit codes of our own, so nothing typed by a person is written into SQL this way.
 */
public final class InLists {

    private InLists() {
    }

    /** {@code field IN (values)} with constant values; an empty list is false. */
    public static <T> Condition in(Field<T> field, Collection<? extends T> values) {
        if (values.isEmpty()) {
            return DSL.falseCondition();
        }
        return field.in(values.stream().map(v -> DSL.inline(v, field)).toList());
    }
}
