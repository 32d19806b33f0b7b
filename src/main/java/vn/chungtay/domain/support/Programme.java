package vn.chungtay.domain.support;

import java.util.Objects;
import vn.chungtay.domain.record.RecordMeta;

/**
 * A programme or policy that supports households (DOMAIN.md §3): National Target Program projects, Program 135,
 * Decision 102, the Fund for the Poor … Reference data: shipped, and kept by clerks, who may add, rename and retire
 * programmes but never delete one that support records use.
 */
public record Programme(RecordMeta meta, String code, String name, String nameEn, String legalBasis,
                        boolean retired) {

    public Programme {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        nameEn = Objects.requireNonNullElse(nameEn, name);
        legalBasis = Objects.requireNonNullElse(legalBasis, "");
    }
}
