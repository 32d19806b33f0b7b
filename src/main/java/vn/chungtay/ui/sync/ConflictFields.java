package vn.chungtay.ui.sync;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.IdType;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.household.WorkStatus;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.domain.review.RoundStatus;
import vn.chungtay.domain.review.Transition;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.ui.review.VndText;
import vn.chungtay.ui.unit.DateText;

/**
 * The fields of a record in conflict as a person reads them: each package field by its name in words, and each value
 * in words too (a village by name instead of its id, "Nông thôn" instead of {@code RURAL}, dates day first, money with
 * grouping). A field or value this table does not know is shown as the package writes it, so nothing is hidden.
 */
final class ConflictFields {

    /**
     * The names behind the ids and codes a record refers to: villages by name, households as "Hộ số 0101 — head",
     * ethnic groups by name.
     */
    record Lookup(Map<String, String> villages, Map<String, String> households, Map<String, String> ethnicGroups) {

        static final Lookup EMPTY = new Lookup(Map.of(), Map.of(), Map.of());
    }

    /** The field a conflict on deletion names (one side deleted the record, the other edited it). */
    static final String DELETED = "deleted";

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(DELETED, "sync.ui.field.deleted"),
            Map.entry("number", "sync.ui.field.number"),
            Map.entry("village", "sync.ui.field.village"),
            Map.entry("area", "sync.ui.field.area"),
            Map.entry("address", "sync.ui.field.address"),
            Map.entry("phone", "sync.ui.field.phone"),
            Map.entry("household", "sync.ui.field.household"),
            Map.entry("position", "sync.ui.field.position"),
            Map.entry("fullName", "sync.ui.field.full-name"),
            Map.entry("sex", "sync.ui.field.sex"),
            Map.entry("birthYear", "sync.ui.field.birth-year"),
            Map.entry("birthDate", "sync.ui.field.birth-date"),
            Map.entry("ethnicity", "sync.ui.field.ethnicity"),
            Map.entry("relationship", "sync.ui.field.relationship"),
            Map.entry("idType", "sync.ui.field.id-type"),
            Map.entry("idNumber", "sync.ui.field.id-number"),
            Map.entry("workStatus", "sync.ui.field.work-status"),
            Map.entry("healthInsurance", "sync.ui.field.health-insurance"),
            Map.entry("note", "sync.ui.field.note"),
            Map.entry("round", "sync.ui.field.round"),
            Map.entry("year", "sync.ui.field.year"),
            Map.entry("persons", "sync.ui.field.persons"),
            Map.entry("income", "sync.ui.field.income"),
            Map.entry("lacking", "sync.ui.field.lacking"),
            Map.entry("ethnicMinority", "sync.ui.field.ethnic-minority"),
            Map.entry("noWorkCapacity", "sync.ui.field.no-work-capacity"),
            Map.entry("meritorious", "sync.ui.field.meritorious"),
            Map.entry("femaleHead", "sync.ui.field.female-head"),
            Map.entry("class", "sync.ui.field.class"),
            Map.entry("transition", "sync.ui.field.transition"),
            Map.entry("reviewer", "sync.ui.field.reviewer"),
            Map.entry("reviewedOn", "sync.ui.field.reviewed-on"),
            Map.entry("batch", "sync.ui.field.batch"),
            Map.entry("date", "sync.ui.field.date"),
            Map.entry("programme", "sync.ui.field.programme"),
            Map.entry("kind", "sync.ui.field.kind"),
            Map.entry("form", "sync.ui.field.form"),
            Map.entry("amountVnd", "sync.ui.field.amount"),
            Map.entry("item", "sync.ui.field.item"),
            Map.entry("quantity", "sync.ui.field.quantity"),
            Map.entry("unit", "sync.ui.field.unit"),
            Map.entry("source", "sync.ui.field.source"),
            Map.entry("periodFrom", "sync.ui.field.period-from"),
            Map.entry("periodTo", "sync.ui.field.period-to"),
            Map.entry("creditTermMonths", "sync.ui.field.credit-term"),
            Map.entry("creditMonthlyRate", "sync.ui.field.credit-rate"),
            Map.entry("creditOutstandingVnd", "sync.ui.field.credit-outstanding"),
            Map.entry("commune", "sync.ui.field.commune"),
            Map.entry("standard", "sync.ui.field.standard"),
            Map.entry("openedOn", "sync.ui.field.opened-on"),
            Map.entry("status", "sync.ui.field.status"),
            Map.entry("closedOn", "sync.ui.field.closed-on"),
            Map.entry("code", "sync.ui.field.code"),
            Map.entry("name", "sync.ui.field.name"),
            Map.entry("nameEn", "sync.ui.field.name-en"),
            Map.entry("level", "sync.ui.field.level"),
            Map.entry("parent", "sync.ui.field.parent"),
            Map.entry("validFrom", "sync.ui.field.valid-from"),
            Map.entry("validTo", "sync.ui.field.valid-to"),
            Map.entry("legalBasis", "sync.ui.field.legal-basis"),
            Map.entry("retired", "sync.ui.field.retired"),
            Map.entry("usualForm", "sync.ui.field.usual-form"));

    /** Fields holding an enum's name, with how the enum's constant is named in the bundle. */
    private static final Map<String, Function<String, String>> ENUMS = Map.ofEntries(
            Map.entry("area", v -> Area.valueOf(v).messageKey()),
            Map.entry("sex", v -> Sex.valueOf(v).messageKey()),
            Map.entry("relationship", v -> Relationship.valueOf(v).messageKey()),
            Map.entry("idType", v -> IdType.valueOf(v).messageKey()),
            Map.entry("workStatus", v -> WorkStatus.valueOf(v).messageKey()),
            Map.entry("class", v -> PovertyClass.valueOf(v).messageKey()),
            Map.entry("transition", v -> Transition.valueOf(v).messageKey()),
            Map.entry("form", v -> SupportForm.valueOf(v).messageKey()),
            Map.entry("usualForm", v -> SupportForm.valueOf(v).messageKey()),
            Map.entry("source", v -> FundingSource.valueOf(v).messageKey()),
            Map.entry("status", v -> RoundStatus.valueOf(v).messageKey()),
            Map.entry("level", v -> UnitLevel.valueOf(v).messageKey()));

    private static final java.util.Set<String> DATES = java.util.Set.of("birthDate", "reviewedOn", "date",
            "periodFrom", "periodTo", "openedOn", "closedOn", "validFrom", "validTo");

    private static final java.util.Set<String> MONEY = java.util.Set.of("income", "amountVnd",
            "creditOutstandingVnd");

    private ConflictFields() {
    }

    /** The field's name in words; the package's own name when this table does not know it. */
    static String label(String field, Messages m) {
        String key = LABELS.get(field);
        return key == null ? field : m.get(key);
    }

    /** The value in words; "(trống)" for nothing. */
    static String value(String field, String raw, Lookup lookup, Messages m) {
        if (raw == null || raw.isEmpty()) {
            return m.get("sync.ui.value.empty");
        }
        if (DELETED.equals(field)) {
            return m.get(Boolean.parseBoolean(raw) ? "sync.ui.value.deleted" : "sync.ui.value.kept");
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return m.get(Boolean.parseBoolean(raw) ? "sync.ui.value.yes" : "sync.ui.value.no");
        }
        try {
            Function<String, String> enumKey = ENUMS.get(field);
            if (enumKey != null) {
                return m.get(enumKey.apply(raw));
            }
            if ("kind".equals(field) && raw.matches("[A-Z_]+")) {
                return m.get(RoundKind.valueOf(raw).messageKey());
            }
            if (DATES.contains(field)) {
                return DateText.format(LocalDate.parse(raw));
            }
            if (MONEY.contains(field)) {
                return m.get("sync.ui.value.vnd", VndText.format(Long.parseLong(raw), m.locale()));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return raw;
        }
        return switch (field) {
            // Members are counted from 0 in the package, from 1 by people.
            case "position" -> raw.matches("\\d{1,4}") ? Integer.toString(Integer.parseInt(raw) + 1) : raw;
            case "village" -> lookup.villages().getOrDefault(raw, raw);
            case "household" -> lookup.households().getOrDefault(raw, raw);
            case "ethnicity" -> lookup.ethnicGroups().getOrDefault(raw, raw);
            default -> raw;
        };
    }
}
