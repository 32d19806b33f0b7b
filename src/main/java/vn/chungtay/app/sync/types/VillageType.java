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
import vn.chungtay.domain.unit.Village;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;

/** Villages travel with their commune. */
public final class VillageType implements SyncType<Village> {

    @Override
    public String type() {
        return "village";
    }

    @Override
    public String entry() {
        return "villages.jsonl";
    }

    @Override
    public boolean communeOwned() {
        return true;
    }

    @Override
    public RecordMeta meta(Village v) {
        return v.meta();
    }

    @Override
    public ObjectNode content(Village v, ObjectNode into) {
        into.put("commune", v.communeCode());
        into.put("name", v.name());
        Fields.put(into, "validFrom", v.validFrom());
        Fields.put(into, "validTo", v.validTo());
        return into;
    }

    @Override
    public Village decode(RecordMeta meta, ObjectNode c) {
        return new Village(meta, Fields.text(c, "commune"), Fields.text(c, "name"), Fields.dateOrNull(c, "validFrom"),
                Fields.dateOrNull(c, "validTo"));
    }

    @Override
    public List<Violation> violations(Village v, ValidationContext ctx) {
        return Village.violations(v.name(), v.validFrom(), v.validTo());
    }

    @Override
    public Optional<Village> find(Repositories repos, UUID id) {
        return repos.villages().find(id);
    }

    @Override
    public void save(Repositories repos, Village v) {
        repos.villages().save(v);
    }

    @Override
    public void forEachChanged(Repositories repos, Scope scope, long since, long upTo, Consumer<Village> action) {
        repos.villages().forEachChanged(scope.communes(), since, upTo, action);
    }
}
