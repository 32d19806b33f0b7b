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
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.domain.review.RoundStatus;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;

/** Review rounds travel with their commune. */
public final class RoundType implements SyncType<ReviewRound> {

    @Override
    public String type() {
        return "round";
    }

    @Override
    public String entry() {
        return "rounds.jsonl";
    }

    @Override
    public boolean communeOwned() {
        return true;
    }

    @Override
    public RecordMeta meta(ReviewRound r) {
        return r.meta();
    }

    @Override
    public ObjectNode content(ReviewRound r, ObjectNode into) {
        into.put("commune", r.communeCode());
        into.put("year", r.year());
        into.put("kind", r.kind().name());
        into.put("standard", r.standardCode());
        Fields.put(into, "openedOn", r.openedOn());
        into.put("status", r.status().name());
        Fields.put(into, "closedOn", r.closedOn());
        return into;
    }

    @Override
    public ReviewRound decode(RecordMeta meta, ObjectNode c) {
        return new ReviewRound(meta, Fields.text(c, "commune"), Fields.intValue(c, "year"),
                Fields.enumValue(c, "kind", RoundKind.class), Fields.text(c, "standard"), Fields.date(c, "openedOn"),
                Fields.enumValue(c, "status", RoundStatus.class), Fields.dateOrNull(c, "closedOn"));
    }

    @Override
    public List<Violation> violations(ReviewRound r, ValidationContext ctx) {
        List<Violation> out = new ArrayList<>();
        if (r.year() < 2000 || r.year() > ctx.today().getYear() + 1) {
            out.add(Violation.of("year", "validation.review.year", 2000, ctx.today().getYear() + 1));
        }
        if (r.openedOn().isAfter(ctx.today())) {
            out.add(Violation.of("openedOn", "validation.review.date.future"));
        }
        return out;
    }

    @Override
    public Optional<ReviewRound> find(Repositories repos, UUID id) {
        return repos.rounds().find(id);
    }

    @Override
    public void save(Repositories repos, ReviewRound r) {
        repos.rounds().save(r);
    }

    @Override
    public void forEachChanged(Repositories repos, Scope scope, long since, long upTo, Consumer<ReviewRound> action) {
        repos.rounds().forEachChanged(scope.communes(), since, upTo, action);
    }
}
