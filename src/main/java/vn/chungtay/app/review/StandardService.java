package vn.chungtay.app.review;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.review.AreaLines;
import vn.chungtay.domain.review.Indicator;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.StandardChange;
import vn.chungtay.domain.review.StandardDetails;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Store;

/**
 * The poverty standards the program knows: shipped ones copied into the database, found by code or by review year,
 * and corrected by a clerk where a standard is provisional, every change logged.
 */
public final class StandardService {

    /** National reference data is owned by no commune; "00" stands for the country. */
    public static final String NATIONAL = "00";

    private final Store store;
    private final Clock clock;
    private final Uuids uuids;
    private final ShippedStandards shipped;

    public StandardService(Store store, Clock clock, Uuids uuids, ShippedStandards shipped) {
        this.store = store;
        this.clock = clock;
        this.uuids = uuids;
        this.shipped = shipped;
    }

    /**
     * Copies the shipped standards into the database: a missing one is inserted; a newer shipped revision replaces a
     * copy that no clerk has corrected. A corrected copy is kept as it is.
     */
    public void ensureShipped(Actor system) {
        store.run(repos -> {
            for (ShippedStandards.Shipped s : shipped.all()) {
                Optional<PovertyStandard> current = repos.standards().find(s.details().code());
                if (current.isEmpty()) {
                    RecordMeta meta = RecordMeta.born(shippedId(s.details().code()), NATIONAL,
                            shippedRevisionId(s.details().code(), s.revision()), system.stamp(clock.instant()));
                    repos.standards().save(new PovertyStandard(meta, s.details(), s.revision(), false));
                } else if (!current.get().locallyEdited() && current.get().shippedRevision() < s.revision()) {
                    RecordMeta meta = current.get().meta().edited(shippedRevisionId(s.details().code(),
                            s.revision()), system.stamp(clock.instant()));
                    repos.standards().save(new PovertyStandard(meta, s.details(), s.revision(), false));
                }
            }
        });
    }

    /**
     * The id of a shipped standard, the same in every installation: two databases started apart hold the same
     * standard record (equal content digests, and no clash of two ids for one code when they exchange records).
     */
    static UUID shippedId(String code) {
        return UUID.nameUUIDFromBytes(("chungtay/poverty-standard/" + code).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The revision id of a shipped text, also the same everywhere: two installations that received the same shipped
     * revision hold the same revision of the record, so sync sees nothing to exchange, let alone a conflict.
     */
    static UUID shippedRevisionId(String code, int revision) {
        return UUID.nameUUIDFromBytes(("chungtay/poverty-standard/" + code + "/revision/" + revision)
                .getBytes(StandardCharsets.UTF_8));
    }

    public List<PovertyStandard> all() {
        return store.reading().standards().all();
    }

    public Optional<PovertyStandard> find(String code) {
        return store.reading().standards().find(code).filter(s -> !s.meta().deleted());
    }

    /** The standard in force for reviews of the year, if one is. */
    public Optional<PovertyStandard> forYear(int year) {
        return all().stream().filter(s -> s.details().appliesTo(year)).findFirst();
    }

    public List<StandardChange> changes(String code) {
        return store.reading().standards().changes(code);
    }

    /**
     * Saves a clerk's correction of a provisional standard and logs each changed field with the old and new value.
     *
     * @throws ValidationException   when the standard is not provisional or the corrected details are invalid
     * @throws AccessDeniedException when the actor works for a commune (only district and province clerks correct)
     */
    public PovertyStandard correct(Actor actor, String code, StandardDetails corrected) {
        List<Violation> violations = corrected.violations();
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return store.inTransaction(repos -> {
            AdminUnit unit = new UnitTree(repos.units().all(), LocalDate.now(clock)).find(actor.unitCode())
                    .orElseThrow(() -> new AccessDeniedException(actor.unitCode()));
            if (unit.level() == UnitLevel.COMMUNE) {
                throw new AccessDeniedException(actor.unitCode());
            }
            PovertyStandard current = repos.standards().find(code).orElseThrow(() ->
                    new ValidationException(Violation.of("code", "validation.standard.unknown", code)));
            if (!current.details().provisional()) {
                throw new ValidationException(Violation.of("code", "validation.standard.not-provisional", code));
            }
            if (!corrected.code().equals(code)) {
                throw new ValidationException(Violation.of("code", "validation.standard.code-fixed"));
            }
            // One standard per review year: with two, the one a new round takes would depend on the listing order.
            for (PovertyStandard other : repos.standards().all()) {
                if (!other.code().equals(code) && corrected.firstYear() <= other.details().lastYear()
                        && other.details().firstYear() <= corrected.lastYear()) {
                    throw new ValidationException(Violation.of("firstYear", "validation.standard.years-overlap",
                            other.code()));
                }
            }
            var at = clock.instant();
            StandardDiff.between(current.details(), corrected).forEach(change ->
                    repos.standards().logChange(code, actor.userName(), at, change.field(), change.before(),
                            change.after()));
            PovertyStandard saved = new PovertyStandard(current.meta().edited(uuids.next(), actor.stamp(at)),
                    corrected, current.shippedRevision(), true);
            repos.standards().save(saved);
            return saved;
        });
    }

    /** The fields that differ between two versions of a standard, as text, for the change log. */
    record StandardDiff(String field, String before, String after) {

        static List<StandardDiff> between(StandardDetails a, StandardDetails b) {
            List<StandardDiff> out = new java.util.ArrayList<>();
            add(out, "name", a.name(), b.name());
            add(out, "legalBasis", a.legalBasis(), b.legalBasis());
            add(out, "years", a.firstYear() + "–" + a.lastYear(), b.firstYear() + "–" + b.lastYear());
            add(out, "provisional", a.provisional(), b.provisional());
            add(out, "rule", a.rule(), b.rule());
            add(out, "deprivationThreshold", a.deprivationThreshold(), b.deprivationThreshold());
            add(out, "pointsPerIndicator", a.pointsPerIndicator(), b.pointsPerIndicator());
            add(out, "b2Threshold", a.b2Threshold(), b.b2Threshold());
            for (Area area : Area.values()) {
                AreaLines x = a.lines(area);
                AreaLines y = b.lines(area);
                String prefix = "lines." + area.name().toLowerCase() + ".";
                add(out, prefix + "povertyLine", x.povertyLine(), y.povertyLine());
                add(out, prefix + "nearPoorLine", x.nearPoorLine(), y.nearPoorLine());
                add(out, prefix + "averageUpper", x.averageUpper(), y.averageUpper());
                add(out, prefix + "b1Max", x.b1Max(), y.b1Max());
            }
            for (Indicator i : a.indicators()) {
                Indicator j = b.indicator(i.code()).orElse(null);
                add(out, "indicator." + i.code(), describe(i), j == null ? "" : describe(j));
            }
            for (Indicator j : b.indicators()) {
                if (a.indicator(j.code()).isEmpty()) {
                    add(out, "indicator." + j.code(), "", describe(j));
                }
            }
            return out;
        }

        private static String describe(Indicator i) {
            return i.dimension() + " | " + i.name() + " | " + i.nameEn() + " | " + i.definition();
        }

        private static void add(List<StandardDiff> out, String field, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                out.add(new StandardDiff(field, before == null ? "" : before.toString(),
                        after == null ? "" : after.toString()));
            }
        }
    }
}
