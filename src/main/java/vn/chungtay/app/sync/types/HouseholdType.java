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
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDetails;
import vn.chungtay.domain.household.HouseholdRules;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;

/**
 * A household's own fields travel as one record; its members are records of their own ({@link MemberType}), so that
 * edits to two members made apart never collide.
 */
public final class HouseholdType implements SyncType<Household> {

    @Override
    public String type() {
        return "household";
    }

    @Override
    public String entry() {
        return "households.jsonl";
    }

    @Override
    public boolean communeOwned() {
        return true;
    }

    @Override
    public RecordMeta meta(Household h) {
        return h.meta();
    }

    @Override
    public ObjectNode content(Household h, ObjectNode into) {
        HouseholdDetails d = h.details();
        into.put("number", d.number());
        Fields.put(into, "village", d.villageId());
        into.put("area", d.area().name());
        into.put("address", d.address());
        into.put("phone", d.phone());
        return into;
    }

    @Override
    public Household decode(RecordMeta meta, ObjectNode c) {
        HouseholdDetails d = new HouseholdDetails(Fields.text(c, "number"), Fields.uuid(c, "village"),
                Fields.enumValue(c, "area", Area.class), Fields.text(c, "address"), Fields.text(c, "phone"));
        return new Household(meta, d, List.of());
    }

    @Override
    public List<Violation> violations(Household h, ValidationContext ctx) {
        return HouseholdRules.detailViolations(h.details());
    }

    @Override
    public Optional<Household> find(Repositories repos, UUID id) {
        return repos.households().findRow(id);
    }

    @Override
    public void save(Repositories repos, Household h) {
        repos.households().saveRow(h);
    }

    @Override
    public void insertAll(Repositories repos, List<Household> records) {
        repos.households().insertRows(records);
    }

    @Override
    public List<Household> findAll(Repositories repos, java.util.Collection<UUID> ids) {
        return repos.households().findRows(ids);
    }

    @Override
    public void forEachChanged(Repositories repos, Scope scope, long since, long upTo, Consumer<Household> action) {
        repos.households().forEachChanged(scope.communes(), since, upTo, action);
    }
}
