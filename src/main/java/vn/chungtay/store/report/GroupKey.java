package vn.chungtay.store.report;

import java.util.Objects;
import java.util.UUID;
import vn.chungtay.domain.household.Area;

/** The key of one aggregate group: the commune, and the village and area when the grouping asks for them. */
public record GroupKey(String communeCode, UUID villageId, Area area) {

    public GroupKey {
        Objects.requireNonNull(communeCode, "communeCode");
    }
}
