package vn.chungtay.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;

/**
 * A report's unit resolved against the register: the unit, the communes whose records it covers (the commune itself,
 * or every commune below a district or province), the village when it is one, and its children for the rows of
 * consolidated tables and for drill-down — districts (or communes) of a province, communes of a district, villages of
 * a commune — each with the communes (or the village) it covers.
 */
final class ReportScope {

    /** A child unit and what it covers: communes, or one village of a commune. */
    record Child(ReportUnit unit, Set<String> communes, UUID villageId) {
    }

    private final ReportUnit unit;
    private final Set<String> communes;
    private final UUID villageId;
    private final List<Child> children;
    private final Map<UUID, String> villageNames;

    private ReportScope(ReportUnit unit, Set<String> communes, UUID villageId, List<Child> children,
                        Map<UUID, String> villageNames) {
        this.unit = unit;
        this.communes = communes;
        this.villageId = villageId;
        this.children = children;
        this.villageNames = villageNames;
    }

    /** Resolves the reference; an unknown unit or village is a validation error. */
    static ReportScope resolve(Repositories repos, UnitRef ref, LocalDate day) {
        UnitTree tree = new UnitTree(repos.units().all(), day);
        AdminUnit admin = tree.find(ref.unitCode()).orElseThrow(() -> new ValidationException(
                Violation.of("unit", "validation.unit.unknown", ref.unitCode())));
        if (ref.isVillage()) {
            if (admin.level() != UnitLevel.COMMUNE) {
                throw unknownVillage(ref);
            }
            Village village = repos.villages().find(ref.villageId())
                    .filter(v -> !v.meta().deleted() && v.communeCode().equals(admin.code()))
                    .orElseThrow(() -> unknownVillage(ref));
            ReportUnit unit = new ReportUnit(ref, ReportLevel.VILLAGE, village.name(), admin.name());
            return new ReportScope(unit, Set.of(admin.code()), village.meta().id(), List.of(),
                    Map.of(village.meta().id(), village.name()));
        }
        String parentName = admin.parentCode() == null ? ""
                : tree.find(admin.parentCode()).map(AdminUnit::name).orElse("");
        ReportUnit unit = new ReportUnit(ref, ReportLevel.of(admin.level()), admin.name(), parentName);
        Set<String> communes = tree.communesUnder(admin.code());
        List<Child> children = new ArrayList<>();
        Map<UUID, String> villageNames = new LinkedHashMap<>();
        if (admin.level() == UnitLevel.COMMUNE) {
            for (Village v : repos.villages().ofCommunes(List.of(admin.code()))) {
                villageNames.put(v.meta().id(), v.name());
                children.add(new Child(new ReportUnit(UnitRef.village(admin.code(), v.meta().id()),
                        ReportLevel.VILLAGE, v.name(), admin.name()), Set.of(admin.code()), v.meta().id()));
            }
        } else {
            for (AdminUnit child : tree.children(admin.code())) {
                Set<String> under = tree.communesUnder(child.code());
                if (!under.isEmpty() || child.level() == UnitLevel.COMMUNE) {
                    children.add(new Child(new ReportUnit(UnitRef.unit(child.code()), ReportLevel.of(child.level()),
                            child.name(), admin.name()), under, null));
                }
            }
            children.sort((x, y) -> x.unit().ref().unitCode().compareTo(y.unit().ref().unitCode()));
        }
        return new ReportScope(unit, communes, null, List.copyOf(children), villageNames);
    }

    private static ValidationException unknownVillage(UnitRef ref) {
        return new ValidationException(Violation.of("unit", "report.error.village-unknown", ref.unitCode()));
    }

    ReportUnit unit() {
        return unit;
    }

    Set<String> communes() {
        return communes;
    }

    /** The village, for a village's report; {@code null} otherwise. */
    UUID villageId() {
        return villageId;
    }

    List<Child> children() {
        return children;
    }

    /** True when the children are villages, whose figures come from grouping by village. */
    boolean childrenAreVillages() {
        return unit.level() == ReportLevel.COMMUNE;
    }

    String villageName(UUID id) {
        return villageNames.getOrDefault(id, "");
    }
}
