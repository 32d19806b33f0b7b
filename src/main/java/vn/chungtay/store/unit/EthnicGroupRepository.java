package vn.chungtay.store.unit;

import static vn.chungtay.store.generated.Tables.ETHNIC_GROUP;

import java.util.List;
import org.jooq.DSLContext;
import vn.chungtay.domain.ethnic.EthnicGroup;

/** The reference list of ethnic groups in the code system members use. */
public final class EthnicGroupRepository {

    private final DSLContext dsl;

    public EthnicGroupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The groups of the 1979 list, by code. */
    public List<EthnicGroup> all() {
        return dsl.selectFrom(ETHNIC_GROUP)
                .where(ETHNIC_GROUP.CODE_SYSTEM.eq(EthnicGroup.CODE_SYSTEM))
                .orderBy(ETHNIC_GROUP.CODE)
                .fetch(r -> new EthnicGroup(r.getCode(), r.getName()));
    }
}
