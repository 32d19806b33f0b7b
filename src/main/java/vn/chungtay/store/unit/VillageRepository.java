package vn.chungtay.store.unit;

import vn.chungtay.store.ChangeFeed;
import java.util.function.Consumer;
import static vn.chungtay.store.generated.Tables.VILLAGE;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.chungtay.domain.text.VietnameseCollation;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.store.MetaColumns;

/** The villages of communes, returned in Vietnamese order of their names. */
public final class VillageRepository {

    private static final MetaColumns META = new MetaColumns(VILLAGE);
    private static final VietnameseCollation COLLATION = new VietnameseCollation();
    /** The width of village.sort_key. */
    private static final int MAX_SORT_KEY = 800;

    private final DSLContext dsl;

    public VillageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The live villages of the communes, by commune then name. */
    public List<Village> ofCommunes(Collection<String> communeCodes) {
        return dsl.selectFrom(VILLAGE)
                .where(VILLAGE.COMMUNE_CODE.in(communeCodes).and(VILLAGE.DELETED.isFalse()))
                .orderBy(VILLAGE.COMMUNE_CODE, VILLAGE.SORT_KEY)
                .fetch(VillageRepository::toVillage);
    }

    /** Every live village. */
    public List<Village> all() {
        return dsl.selectFrom(VILLAGE)
                .where(VILLAGE.DELETED.isFalse())
                .orderBy(VILLAGE.COMMUNE_CODE, VILLAGE.SORT_KEY)
                .fetch(VillageRepository::toVillage);
    }

    public Optional<Village> find(UUID id) {
        return dsl.selectFrom(VILLAGE).where(VILLAGE.ID.eq(id)).fetchOptional(VillageRepository::toVillage);
    }

    public long count() {
        return dsl.fetchCount(VILLAGE, VILLAGE.DELETED.isFalse());
    }

    /** Inserts or replaces the village's row. */
    public void save(Village village) {
        var values = META.values(village.meta());
        values.put(VILLAGE.COMMUNE_CODE, village.communeCode());
        values.put(VILLAGE.NAME, village.name());
        String sortKey = COLLATION.sortKey(village.name());
        // A long name's key outgrows the column (as in HouseholdIndexing): its first 800 characters order it.
        values.put(VILLAGE.SORT_KEY, sortKey.length() > MAX_SORT_KEY ? sortKey.substring(0, MAX_SORT_KEY) : sortKey);
        values.put(VILLAGE.VALID_FROM, village.validFrom());
        values.put(VILLAGE.VALID_TO, village.validTo());
        int updated = dsl.update(VILLAGE).set(values).where(VILLAGE.ID.eq(village.meta().id())).execute();
        if (updated == 0) {
            dsl.insertInto(VILLAGE).set(values).execute();
        }
    }

    /** Villages of the communes changed after {@code since} up to {@code upTo}, tombstones included. */
    public void forEachChanged(Collection<String> communes, long since, long upTo, Consumer<Village> action) {
        ChangeFeed.forEach(dsl, VILLAGE, communes, since, upTo, VillageRepository::toVillage, action);
    }

    private static Village toVillage(Record r) {
        return new Village(META.read(r), r.get(VILLAGE.COMMUNE_CODE), r.get(VILLAGE.NAME), r.get(VILLAGE.VALID_FROM),
                r.get(VILLAGE.VALID_TO));
    }
}
