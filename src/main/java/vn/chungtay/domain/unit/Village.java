package vn.chungtay.domain.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.text.VietnameseText;
import vn.chungtay.domain.validation.Violation;

/**
 * A village (thôn, làng, bản, buôn, ấp, tổ dân phố …): no national code, a commune-local list with dates
 * (DOMAIN.md §4). Owned by its commune.
 */
public record Village(RecordMeta meta, String communeCode, String name, LocalDate validFrom, LocalDate validTo) {

    public Village {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(name, "name");
    }

    /** Checks a village's name and dates as typed; the name is cleaned first. */
    public static List<Violation> violations(String name, LocalDate validFrom, LocalDate validTo) {
        List<Violation> out = new ArrayList<>();
        if (VietnameseText.clean(name).isEmpty()) {
            out.add(Violation.of("name", "validation.name.required"));
        } else if (VietnameseText.clean(name).length() > 200) {
            out.add(Violation.of("name", "validation.text.too-long", 200));
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            out.add(Violation.of("validTo", "validation.unit.valid-to.before-from"));
        }
        return out;
    }
}
