package vn.chungtay.app.report;

import java.util.Objects;

/**
 * A unit as a report names it: the reference to ask for its reports, its level and its name as kept in the register
 * ("Xã Đắk Pxi", "Thôn Kon Klor"), and the name of the commune (for a village) or of the unit above, used in headings.
 */
public record ReportUnit(UnitRef ref, ReportLevel level, String name, String parentName) {

    public ReportUnit {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        parentName = Objects.requireNonNullElse(parentName, "");
    }
}
