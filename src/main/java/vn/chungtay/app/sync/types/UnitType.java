package vn.chungtay.app.sync.types;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import vn.chungtay.app.sync.Fields;
import vn.chungtay.app.sync.Scope;
import vn.chungtay.app.sync.SyncType;
import vn.chungtay.app.sync.ValidationContext;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitDetails;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;

/** Administrative units travel as reference data: a commune's package carries the units on its path. */
public final class UnitType implements SyncType<AdminUnit> {

    @Override
    public String type() {
        return "unit";
    }

    @Override
    public String entry() {
        return "units.jsonl";
    }

    @Override
    public boolean communeOwned() {
        return false;
    }

    @Override
    public RecordMeta meta(AdminUnit u) {
        return u.meta();
    }

    @Override
    public ObjectNode content(AdminUnit u, ObjectNode into) {
        into.put("code", u.code());
        into.put("level", u.level().name());
        into.put("name", u.name());
        into.put("parent", u.parentCode());
        Fields.put(into, "validFrom", u.details().validFrom());
        Fields.put(into, "validTo", u.details().validTo());
        return into;
    }

    @Override
    public AdminUnit decode(RecordMeta meta, ObjectNode c) {
        return new AdminUnit(meta, new UnitDetails(Fields.text(c, "code"), Fields.enumValue(c, "level", UnitLevel.class),
                Fields.text(c, "name"), Fields.textOrNull(c, "parent"), Fields.dateOrNull(c, "validFrom"),
                Fields.dateOrNull(c, "validTo")));
    }

    @Override
    public List<Violation> violations(AdminUnit u, ValidationContext ctx) {
        List<Violation> violations = new java.util.ArrayList<>(u.details().violations());
        if (ctx.unitCodeHeldByOther(u)) {
            violations.add(Violation.of("code", "validation.unit.code.taken", u.code()));
        }
        return violations;
    }

    @Override
    public Optional<AdminUnit> find(Repositories repos, UUID id) {
        return repos.units().find(id);
    }

    @Override
    public void save(Repositories repos, AdminUnit u) {
        repos.units().save(u);
    }

    @Override
    public void forEachChanged(Repositories repos, Scope scope, long since, long upTo, Consumer<AdminUnit> action) {
        repos.units().forEachChanged(since, upTo, u -> {
            if (scope.unitPath().contains(u.code())) {
                action.accept(u);
            }
        });
    }
}
