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
import vn.chungtay.app.sync.SyncTypes;
import vn.chungtay.app.sync.ValidationContext;
import vn.chungtay.domain.household.BirthDate;
import vn.chungtay.domain.household.IdDocument;
import vn.chungtay.domain.household.IdType;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.household.WorkStatus;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;

/** A member of a household, travelling as a record of its own. */
public final class MemberType implements SyncType<Member> {

    @Override
    public String type() {
        return "member";
    }

    @Override
    public String entry() {
        return "members.jsonl";
    }

    @Override
    public boolean communeOwned() {
        return true;
    }

    @Override
    public RecordMeta meta(Member m) {
        return m.meta();
    }

    @Override
    public ObjectNode content(Member m, ObjectNode into) {
        MemberDetails d = m.details();
        into.put("household", m.householdId().toString());
        into.put("position", m.position());
        into.put("fullName", d.fullName());
        into.put("sex", d.sex().name());
        into.put("birthYear", d.birth().year());
        Fields.put(into, "birthDate", d.birth().date());
        into.put("ethnicity", d.ethnicity());
        into.put("relationship", d.relationship().name());
        into.put("idType", d.idDocument().type().name());
        into.put("idNumber", d.idDocument().number());
        into.put("workStatus", d.workStatus().name());
        into.put("healthInsurance", d.healthInsuranceNumber());
        into.put("note", d.note());
        return into;
    }

    @Override
    public Member decode(RecordMeta meta, ObjectNode c) {
        LocalDate date = Fields.dateOrNull(c, "birthDate");
        int year = Fields.intValue(c, "birthYear");
        if (date != null && date.getYear() != year) {
            throw new vn.chungtay.app.sync.LineException("birthDate", "sync.line.birth");
        }
        MemberDetails d = new MemberDetails(Fields.text(c, "fullName"), Fields.enumValue(c, "sex", Sex.class),
                date != null ? BirthDate.of(date) : BirthDate.ofYear(year), Fields.text(c, "ethnicity"),
                Fields.enumValue(c, "relationship", Relationship.class),
                new IdDocument(Fields.enumValue(c, "idType", IdType.class), Fields.text(c, "idNumber")),
                Fields.enumValue(c, "workStatus", WorkStatus.class), Fields.text(c, "healthInsurance"),
                Fields.text(c, "note"));
        return new Member(meta, Fields.uuid(c, "household"), Fields.intValue(c, "position"), d);
    }

    @Override
    public List<Violation> violations(Member m, ValidationContext ctx) {
        return ctx.householdRules().memberViolations(m.details(), ctx.today());
    }

    @Override
    public Optional<Parent> parent(Member m) {
        return Optional.of(new Parent(SyncTypes.HOUSEHOLDS.type(), m.householdId()));
    }

    @Override
    public Optional<Member> find(Repositories repos, UUID id) {
        return repos.households().findMember(id);
    }

    @Override
    public void save(Repositories repos, Member m) {
        repos.households().saveMember(m);
    }

    @Override
    public void insertAll(Repositories repos, List<Member> records) {
        repos.households().insertMembers(records);
    }

    @Override
    public List<Member> findAll(Repositories repos, java.util.Collection<UUID> ids) {
        return repos.households().findMembers(ids);
    }

    @Override
    public void forEachChanged(Repositories repos, Scope scope, long since, long upTo, Consumer<Member> action) {
        repos.households().forEachChangedMember(scope.communes(), since, upTo, action);
    }
}
