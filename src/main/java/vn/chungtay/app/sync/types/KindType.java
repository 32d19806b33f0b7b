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
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.domain.support.SupportKind;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;

/** Kinds of support travel as reference data, after their programmes. */
public final class KindType implements SyncType<SupportKind> {

    @Override
    public String type() {
        return "supportKind";
    }

    @Override
    public String entry() {
        return "support-kinds.jsonl";
    }

    @Override
    public boolean communeOwned() {
        return false;
    }

    @Override
    public RecordMeta meta(SupportKind k) {
        return k.meta();
    }

    @Override
    public ObjectNode content(SupportKind k, ObjectNode into) {
        into.put("code", k.code());
        into.put("programme", k.programmeCode());
        into.put("name", k.name());
        into.put("nameEn", k.nameEn());
        into.put("usualForm", k.usualForm().name());
        into.put("retired", k.retired());
        return into;
    }

    @Override
    public SupportKind decode(RecordMeta meta, ObjectNode c) {
        return new SupportKind(meta, Fields.text(c, "code"), Fields.text(c, "programme"), Fields.text(c, "name"),
                Fields.text(c, "nameEn"), Fields.enumValue(c, "usualForm", SupportForm.class), Fields.bool(c, "retired"));
    }

    @Override
    public List<Violation> violations(SupportKind k, ValidationContext ctx) {
        List<Violation> out = new ArrayList<>();
        if (!k.code().matches("[A-Za-z0-9][A-Za-z0-9-]{1,39}")) {
            out.add(Violation.of("code", "validation.catalogue.code.format"));
        }
        if (k.name().isBlank()) {
            out.add(Violation.of("name", "validation.name.required"));
        }
        return out;
    }

    @Override
    public Optional<SupportKind> find(Repositories repos, UUID id) {
        return repos.catalogue().findKind(id);
    }

    @Override
    public void save(Repositories repos, SupportKind k) {
        repos.catalogue().save(k);
    }

    @Override
    public void forEachChanged(Repositories repos, Scope scope, long since, long upTo, Consumer<SupportKind> action) {
        repos.catalogue().forEachChangedKind(since, upTo, action);
    }
}
