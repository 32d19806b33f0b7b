package vn.chungtay.domain.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The administrative hierarchy as data: province → (district) → commune, built from the units' parent codes. Answers
 * which communes lie under a unit (what a user of that unit may see and edit) and the path from a province down.
 * Where a code was reused after a merger, the unit valid on the given day stands for the code.
 */
public final class UnitTree {

    private final Map<String, AdminUnit> byCode = new HashMap<>();
    private final Map<String, List<AdminUnit>> children = new HashMap<>();

    public UnitTree(Collection<AdminUnit> units, LocalDate day) {
        for (AdminUnit unit : units) {
            AdminUnit current = byCode.get(unit.code());
            if (current == null || (!current.validOn(day) && unit.validOn(day))) {
                byCode.put(unit.code(), unit);
            }
        }
        for (AdminUnit unit : byCode.values()) {
            if (unit.parentCode() != null) {
                children.computeIfAbsent(unit.parentCode(), k -> new ArrayList<>()).add(unit);
            }
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(AdminUnit::code)));
    }

    public Optional<AdminUnit> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<AdminUnit> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** Units without a parent in the tree, by code. */
    public List<AdminUnit> roots() {
        return byCode.values().stream()
                .filter(u -> u.parentCode() == null || !byCode.containsKey(u.parentCode()))
                .sorted(Comparator.comparing(AdminUnit::code))
                .toList();
    }

    /** The codes of the communes at or below the unit, in code order. */
    public Set<String> communesUnder(String code) {
        Set<String> out = new LinkedHashSet<>();
        collectCommunes(code, out, 0);
        return out;
    }

    private void collectCommunes(String code, Set<String> out, int depth) {
        AdminUnit unit = byCode.get(code);
        if (unit == null || depth > UnitLevel.values().length) {
            return;
        }
        if (unit.level() == UnitLevel.COMMUNE) {
            out.add(code);
        }
        for (AdminUnit child : children(code)) {
            collectCommunes(child.code(), out, depth + 1);
        }
    }

    /** True when {@code code} is the unit {@code ancestorCode} or lies below it. */
    public boolean isWithin(String code, String ancestorCode) {
        String current = code;
        for (int depth = 0; current != null && depth <= UnitLevel.values().length; depth++) {
            if (current.equals(ancestorCode)) {
                return true;
            }
            AdminUnit unit = byCode.get(current);
            current = unit == null ? null : unit.parentCode();
        }
        return false;
    }

    /** The units from the top of the tree down to the unit itself. */
    public List<AdminUnit> path(String code) {
        List<AdminUnit> out = new ArrayList<>();
        String current = code;
        while (current != null && out.size() <= UnitLevel.values().length) {
            AdminUnit unit = byCode.get(current);
            if (unit == null) {
                break;
            }
            out.add(0, unit);
            current = unit.parentCode();
        }
        return out;
    }

    public Collection<AdminUnit> all() {
        return byCode.values();
    }
}
