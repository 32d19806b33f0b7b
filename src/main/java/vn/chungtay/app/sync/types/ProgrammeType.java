package vn.chungtay.app.sync.types;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import vn.chungtay.app.sync.Fields;
import vn.chungtay.app.sync.Scope;
import vn.chungtay.app.sync.SyncType;
import vn.chungtay.app.sync.ValidationContext;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.support.Programme;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;

/** Programmes travel as reference data. */
public final class ProgrammeType implements SyncType<Programme> {

    @Override
    public String type() {
        return "programme";
    }

    @Override
    public String entry() {
        return "programmes.jsonl";
    }

    @Override
    public boolean communeOwned() {
        return false;
    }

    @Override
    public RecordMeta meta(Programme p) {
        return p.meta();
    }

    @Override
    public ObjectNode content(Programme p, ObjectNode into) {
        into.put("code", p.code());
        into.put("name", p.name());
        into.put("nameEn", p.nameEn());
        into.put("legalBasis", p.legalBasis());
        into.put("retired", p.retired());
        return into;
    }

    @Override
    public Programme decode(RecordMeta meta, ObjectNode c) {
        return new Programme(meta, Fields.text(c, "code"), Fields.text(c, "name"), Fields.text(c, "nameEn"),
                Fields.text(c, "legalBasis"), Fields.bool(c, "retired"));
    }

    @Override
    public List<Violation> violations(Programme p, ValidationContext ctx) {
        List<Violation> out = new ArrayList<>();
        if (!p.code().matches("[A-Za-z0-9][A-Za-z0-9-]{1,39}")) {
            out.add(Violation.of("code", "validation.catalogue.code.format"));
        }
        if (p.name().isBlank()) {
            out.add(Violation.of("name", "validation.name.required"));
        }
        return out;
    }

    @Override
    public Optional<Programme> find(Repositories repos, UUID id) {
        return repos.catalogue().findProgramme(id);
    }

    @Override
    public void save(Repositories repos, Programme p) {
        repos.catalogue().save(p);
    }

    @Override
    public void forEachChanged(Repositories repos, Scope scope, long since, long upTo, Consumer<Programme> action) {
        repos.catalogue().forEachChangedProgramme(since, upTo, action);
    }
}
