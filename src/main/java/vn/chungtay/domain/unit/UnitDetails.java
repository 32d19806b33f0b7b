package vn.chungtay.domain.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.chungtay.domain.text.VietnameseText;
import vn.chungtay.domain.validation.Violation;

/**
 * The content of an administrative unit as a person edits it. {@link #normalised()} cleans the text and
 * {@link #violations()} says what is wrong; a unit is saved only when the list is empty.
 */
public record UnitDetails(String code, UnitLevel level, String name, String parentCode, LocalDate validFrom,
                          LocalDate validTo) {

    /** The longest name the register keeps (the column admin_unit.name). */
    static final int MAX_NAME = 200;

    public UnitDetails normalised() {
        String parent = VietnameseText.clean(parentCode);
        return new UnitDetails(VietnameseText.clean(code), level, VietnameseText.clean(name),
                parent.isEmpty() ? null : parent, validFrom, validTo);
    }

    /** What is wrong with these details, field by field; empty when they may be saved. */
    public List<Violation> violations() {
        List<Violation> out = new ArrayList<>();
        if (level == null) {
            out.add(Violation.of("level", "validation.unit.level.required"));
        } else if (code == null || !code.matches("\\d{" + level.codeLength() + "}")) {
            out.add(Violation.of("code", "validation.unit.code.digits", level.codeLength()));
        }
        if (name == null || name.isBlank()) {
            out.add(Violation.of("name", "validation.name.required"));
        } else if (name.length() > MAX_NAME) {
            out.add(Violation.of("name", "validation.text.too-long", MAX_NAME));
        }
        if (level == UnitLevel.PROVINCE && parentCode != null) {
            out.add(Violation.of("parentCode", "validation.unit.parent.province"));
        }
        if (level != null && level != UnitLevel.PROVINCE && parentCode == null) {
            out.add(Violation.of("parentCode", "validation.unit.parent.required"));
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            out.add(Violation.of("validTo", "validation.unit.valid-to.before-from"));
        }
        return out;
    }
}
