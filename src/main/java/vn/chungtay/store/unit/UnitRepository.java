package vn.chungtay.store.unit;

import java.util.Collection;
import vn.chungtay.store.ChangeFeed;
import java.util.function.Consumer;
import static vn.chungtay.store.generated.Tables.ADMIN_UNIT;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitDetails;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.store.MetaColumns;

/** Provinces, districts and communes. A country holds a few thousand, so callers may hold all of them in memory. */
public final class UnitRepository {

    private static final MetaColumns META = new MetaColumns(ADMIN_UNIT);

    private final DSLContext dsl;

    public UnitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every live unit. */
    public List<AdminUnit> all() {
        return dsl.selectFrom(ADMIN_UNIT)
                .where(ADMIN_UNIT.DELETED.isFalse())
                .orderBy(ADMIN_UNIT.CODE, ADMIN_UNIT.VALID_FROM)
                .fetch(UnitRepository::toUnit);
    }

    public Optional<AdminUnit> find(UUID id) {
        return dsl.selectFrom(ADMIN_UNIT).where(ADMIN_UNIT.ID.eq(id)).fetchOptional(UnitRepository::toUnit);
    }

    /** The live units with this code (more than one only when a merged unit's code was taken over). */
    public List<AdminUnit> withCode(String code) {
        return dsl.selectFrom(ADMIN_UNIT)
                .where(ADMIN_UNIT.CODE.eq(code).and(ADMIN_UNIT.DELETED.isFalse()))
                .orderBy(ADMIN_UNIT.VALID_FROM)
                .fetch(UnitRepository::toUnit);
    }

    public long count() {
        return dsl.fetchCount(ADMIN_UNIT, ADMIN_UNIT.DELETED.isFalse());
    }

    /** Inserts or replaces the unit's row. */
    public void save(AdminUnit unit) {
        UnitDetails d = unit.details();
        var values = META.values(unit.meta());
        values.put(ADMIN_UNIT.CODE, d.code());
        values.put(ADMIN_UNIT.UNIT_LEVEL, d.level().name());
        values.put(ADMIN_UNIT.NAME, d.name());
        values.put(ADMIN_UNIT.PARENT_CODE, d.parentCode());
        values.put(ADMIN_UNIT.VALID_FROM, d.validFrom());
        values.put(ADMIN_UNIT.VALID_TO, d.validTo());
        int updated = dsl.update(ADMIN_UNIT).set(values).where(ADMIN_UNIT.ID.eq(unit.meta().id())).execute();
        if (updated == 0) {
            dsl.insertInto(ADMIN_UNIT).set(values).execute();
        }
    }

    /** Units changed after {@code since} up to {@code upTo}, tombstones included (any owner). */
    public void forEachChanged(long since, long upTo, Consumer<AdminUnit> action) {
        ChangeFeed.forEach(dsl, ADMIN_UNIT, null, since, upTo, UnitRepository::toUnit, action);
    }

    private static AdminUnit toUnit(Record r) {
        UnitDetails details = new UnitDetails(r.get(ADMIN_UNIT.CODE), UnitLevel.valueOf(r.get(ADMIN_UNIT.UNIT_LEVEL)),
                r.get(ADMIN_UNIT.NAME), r.get(ADMIN_UNIT.PARENT_CODE), r.get(ADMIN_UNIT.VALID_FROM),
                r.get(ADMIN_UNIT.VALID_TO));
        return new AdminUnit(META.read(r), details);
    }
}
