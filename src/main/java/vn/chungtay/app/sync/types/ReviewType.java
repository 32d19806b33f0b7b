package vn.chungtay.app.sync.types;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import vn.chungtay.app.sync.Fields;
import vn.chungtay.app.sync.LineException;
import vn.chungtay.app.sync.Scope;
import vn.chungtay.app.sync.SyncType;
import vn.chungtay.app.sync.ValidationContext;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.HouseholdCategories;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.ReviewDetails;
import vn.chungtay.domain.review.Transition;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;

/** Household reviews travel with their commune, with the class and transition their reviewer's program gave. */
public final class ReviewType implements SyncType<HouseholdReview> {

    @Override
    public String type() {
        return "review";
    }

    @Override
    public String entry() {
        return "reviews.jsonl";
    }

    @Override
    public boolean communeOwned() {
        return true;
    }

    @Override
    public RecordMeta meta(HouseholdReview r) {
        return r.meta();
    }

    @Override
    public ObjectNode content(HouseholdReview r, ObjectNode into) {
        ReviewDetails d = r.details();
        into.put("round", r.roundId().toString());
        into.put("household", r.householdId().toString());
        into.put("year", r.year());
        Fields.put(into, "village", d.villageId());
        into.put("area", d.area().name());
        into.put("persons", d.persons());
        Fields.put(into, "income", d.evidence() instanceof Evidence.Income i ? i.vndPerPersonMonth() : null);
        Fields.put(into, "b1", d.evidence() instanceof Evidence.B1Score b ? b.points() : null);
        into.put("lacking", String.join(",", d.lacking()));
        into.put("ethnicMinority", d.categories().ethnicMinority());
        into.put("noWorkCapacity", d.categories().noWorkCapacity());
        into.put("meritorious", d.categories().meritorious());
        into.put("femaleHead", d.categories().femaleHead());
        into.put("class", r.povertyClass().name());
        into.put("transition", r.transition().name());
        into.put("reviewer", d.reviewer());
        Fields.put(into, "reviewedOn", d.reviewedOn());
        into.put("note", d.note());
        return into;
    }

    @Override
    public HouseholdReview decode(RecordMeta meta, ObjectNode c) {
        Long income = Fields.longOrNull(c, "income");
        Integer b1 = Fields.intOrNull(c, "b1");
        if ((income == null) == (b1 == null)) {
            throw new LineException("income", "sync.line.evidence");
        }
        Evidence evidence = income != null ? new Evidence.Income(income) : new Evidence.B1Score(b1);
        String lacking = Fields.text(c, "lacking");
        HouseholdCategories categories = new HouseholdCategories(Fields.bool(c, "ethnicMinority"),
                Fields.bool(c, "noWorkCapacity"), Fields.bool(c, "meritorious"), Fields.bool(c, "femaleHead"));
        ReviewDetails d = new ReviewDetails(Fields.uuid(c, "village"), Fields.enumValue(c, "area", Area.class),
                Fields.intValue(c, "persons"), evidence, lacking.isEmpty() ? List.of() : Arrays.asList(lacking.split(",")),
                categories, Fields.text(c, "reviewer"), Fields.date(c, "reviewedOn"), Fields.text(c, "note"));
        return new HouseholdReview(meta, Fields.uuid(c, "round"), Fields.uuid(c, "household"), Fields.intValue(c, "year"),
                d, Fields.enumValue(c, "class", PovertyClass.class), Fields.enumValue(c, "transition", Transition.class));
    }

    @Override
    public List<Violation> violations(HouseholdReview r, ValidationContext ctx) {
        List<Violation> out = new ArrayList<>();
        ReviewDetails d = r.details();
        if (d.evidence() instanceof Evidence.Income i && i.vndPerPersonMonth() < 0) {
            out.add(Violation.of("income", "validation.review.income.negative"));
        }
        if (d.evidence() instanceof Evidence.B1Score b && b.points() < 0) {
            out.add(Violation.of("b1", "validation.review.b1.negative"));
        }
        if (d.persons() < 1) {
            out.add(Violation.of("persons", "validation.household.members.empty"));
        }
        if (d.reviewedOn().isAfter(ctx.today())) {
            out.add(Violation.of("reviewedOn", "validation.review.date.future"));
        }
        return out;
    }

    @Override
    public Optional<HouseholdReview> find(Repositories repos, UUID id) {
        return repos.reviews().find(id);
    }

    @Override
    public void save(Repositories repos, HouseholdReview r) {
        repos.reviews().save(r);
    }

    @Override
    public void insertAll(Repositories repos, List<HouseholdReview> records) {
        repos.reviews().insertAll(records);
    }

    @Override
    public List<HouseholdReview> findAll(Repositories repos, java.util.Collection<UUID> ids) {
        return repos.reviews().findAll(ids);
    }

    @Override
    public void forEachChanged(Repositories repos, Scope scope, long since, long upTo,
                               Consumer<HouseholdReview> action) {
        repos.reviews().forEachChanged(scope.communes(), since, upTo, action);
    }
}
