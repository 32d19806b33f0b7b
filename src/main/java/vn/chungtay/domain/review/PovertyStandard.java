package vn.chungtay.domain.review;

import java.util.Objects;
import vn.chungtay.domain.record.RecordMeta;

/**
 * A poverty standard as kept in a database: reference data that travels down from the office above like any record,
 * with its content and whether a clerk here corrected it since it was shipped.
 */
public record PovertyStandard(RecordMeta meta, StandardDetails details, int shippedRevision, boolean locallyEdited) {

    public PovertyStandard {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(details, "details");
    }

    public String code() {
        return details.code();
    }
}
