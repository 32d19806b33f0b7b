package vn.chungtay.domain.support;

import java.util.Objects;
import vn.chungtay.domain.record.RecordMeta;

/**
 * A kind of support within a programme (a project, an item, a credit line), with the form it usually takes, so that a
 * form can preselect what to record. Reference data like programmes.
 */
public record SupportKind(RecordMeta meta, String code, String programmeCode, String name, String nameEn,
                          SupportForm usualForm, boolean retired) {

    public SupportKind {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(programmeCode, "programmeCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(usualForm, "usualForm");
        nameEn = Objects.requireNonNullElse(nameEn, name);
    }
}
