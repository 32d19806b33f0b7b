package vn.chungtay.app.sync.types;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import vn.chungtay.app.sync.Fields;
import vn.chungtay.app.sync.Scope;
import vn.chungtay.app.sync.SyncType;
import vn.chungtay.app.sync.ValidationContext;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.support.Credit;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;

/** Supports travel with their household's commune. */
public final class SupportType implements SyncType<SupportEvent> {

    @Override
    public String type() {
        return "support";
    }

    @Override
    public String entry() {
        return "supports.jsonl";
    }

    @Override
    public boolean communeOwned() {
        return true;
    }

    @Override
    public RecordMeta meta(SupportEvent e) {
        return e.meta();
    }

    @Override
    public ObjectNode content(SupportEvent e, ObjectNode into) {
        SupportDetails d = e.details();
        into.put("household", e.householdId().toString());
        Fields.put(into, "batch", e.batchId());
        Fields.put(into, "date", d.date());
        into.put("programme", d.programmeCode());
        into.put("kind", d.kindCode());
        into.put("form", d.form().name());
        into.put("amountVnd", d.amountVnd());
        into.put("item", d.item());
        Fields.put(into, "quantity", d.quantity());
        into.put("unit", d.unit());
        into.put("source", d.source().name());
        Fields.put(into, "periodFrom", d.periodFrom());
        Fields.put(into, "periodTo", d.periodTo());
        Credit c = d.credit();
        Fields.put(into, "creditTermMonths", c == null ? null : c.termMonths());
        Fields.put(into, "creditMonthlyRate", c == null ? null : c.monthlyRatePercent());
        Fields.put(into, "creditOutstandingVnd", c == null ? null : c.outstandingVnd());
        into.put("note", d.note());
        return into;
    }

    @Override
    public SupportEvent decode(RecordMeta meta, ObjectNode c) {
        Integer term = Fields.intOrNull(c, "creditTermMonths");
        Credit credit = term == null ? null : new Credit(term, Fields.decimalOrNull(c, "creditMonthlyRate"),
                Fields.longValue(c, "creditOutstandingVnd"));
        if (credit != null && credit.monthlyRatePercent() == null) {
            throw new vn.chungtay.app.sync.LineException("creditMonthlyRate", "sync.line.number");
        }
        SupportDetails d = new SupportDetails(Fields.date(c, "date"), Fields.text(c, "programme"),
                Fields.text(c, "kind"), Fields.enumValue(c, "form", SupportForm.class), Fields.longValue(c, "amountVnd"),
                Fields.text(c, "item"), Fields.decimalOrNull(c, "quantity"), Fields.text(c, "unit"),
                Fields.enumValue(c, "source", FundingSource.class), Fields.dateOrNull(c, "periodFrom"),
                Fields.dateOrNull(c, "periodTo"), credit, Fields.text(c, "note"));
        return new SupportEvent(meta, Fields.uuid(c, "household"), Fields.uuidOrNull(c, "batch"), d);
    }

    @Override
    public List<Violation> violations(SupportEvent e, ValidationContext ctx) {
        return ctx.supportRules().violations(e.details(), ctx.today(), false);
    }

    @Override
    public Optional<SupportEvent> find(Repositories repos, UUID id) {
        return repos.supports().find(id);
    }

    @Override
    public void save(Repositories repos, SupportEvent e) {
        repos.supports().save(e);
    }

    @Override
    public void insertAll(Repositories repos, List<SupportEvent> records) {
        repos.supports().insertAll(records);
    }

    @Override
    public List<SupportEvent> findAll(Repositories repos, java.util.Collection<UUID> ids) {
        return repos.supports().findAll(ids);
    }

    @Override
    public void forEachChanged(Repositories repos, Scope scope, long since, long upTo,
                               Consumer<SupportEvent> action) {
        repos.supports().forEachChanged(scope.communes(), since, upTo, action);
    }
}
