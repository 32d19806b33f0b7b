package vn.chungtay.app.report;

import java.util.Objects;
import java.util.UUID;

/**
 * Which unit a report is about: an administrative unit by its official code (province, district or commune), or a
 * village, which has no national code (DOMAIN.md §4) and is named by its commune's code and its id.
 */
public record UnitRef(String unitCode, UUID villageId) {

    public UnitRef {
        Objects.requireNonNull(unitCode, "unitCode");
    }

    /** A province, district or commune. */
    public static UnitRef unit(String code) {
        return new UnitRef(code, null);
    }

    /** A village of a commune. */
    public static UnitRef village(String communeCode, UUID villageId) {
        return new UnitRef(communeCode, Objects.requireNonNull(villageId, "villageId"));
    }

    public boolean isVillage() {
        return villageId != null;
    }
}
