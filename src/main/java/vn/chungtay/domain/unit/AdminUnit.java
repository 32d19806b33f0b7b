package vn.chungtay.domain.unit;

import java.time.LocalDate;
import java.util.Objects;
import vn.chungtay.domain.record.RecordMeta;

/**
 * A province, district or commune with its official code (text, so leading zeros survive), its parent's code
 * (absent for a province; a province for communes after the 2025 reform) and the dates it was valid.
 */
public record AdminUnit(RecordMeta meta, UnitDetails details) {

    public AdminUnit {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(details, "details");
    }

    /**
     * The identity of the unit with an official code: the same on every installation, so that a commune created at
     * the first start of the officer's laptop and of the clerk's is one record when their packages meet, not two.
     */
    public static java.util.UUID idFor(String code) {
        return java.util.UUID.nameUUIDFromBytes(("chungtay/admin-unit/" + code)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public String code() {
        return details.code();
    }

    public UnitLevel level() {
        return details.level();
    }

    public String name() {
        return details.name();
    }

    public String parentCode() {
        return details.parentCode();
    }

    /** True when the unit exists on the given day. */
    public boolean validOn(LocalDate day) {
        return (details.validFrom() == null || !day.isBefore(details.validFrom()))
                && (details.validTo() == null || !day.isAfter(details.validTo()));
    }
}
