package vn.chungtay.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.review.Indicator;
import vn.chungtay.domain.review.Movement;
import vn.chungtay.domain.review.MovementCounts;
import vn.chungtay.domain.review.MovementTally;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.store.Repositories;
import vn.chungtay.store.report.GroupKey;
import vn.chungtay.store.report.Grouping;
import vn.chungtay.store.report.ListedHousehold;
import vn.chungtay.store.report.MovementCell;
import vn.chungtay.store.report.ReviewState;
import vn.chungtay.store.report.StateGroup;
import vn.chungtay.store.report.SupportDimensionKey;
import vn.chungtay.store.report.SupportGroup;

/**
 * The figures of one unit and year, computed on first use by the aggregate queries and kept, so that building all the
 * reports of a unit at once (the consolidated report) runs each query once. Every query reports progress and is a
 * point where a cancelled build stops.
 */
final class ReportData {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportData.class);

    private final Repositories repos;
    private final ReportScope scope;
    private final int year;
    private final LocalDate asOf;
    private final StateRounds rounds;
    private final Progress progress;
    private final long steps;
    private final boolean withEthnicity;
    private final boolean withDeprivations;
    private long done;

    private List<Indicator> indicators;
    private final Map<Integer, UnitFigures> totalsByYear = new TreeMap<>();
    private Map<Object, UnitFigures> byChild;
    private final Map<Integer, List<MovementCell>> cellsByYear = new TreeMap<>();
    private Map<Object, Movement> movementByChild;
    private Map<String, UnitFigures> byEthnicity;

    /**
     * @param kinds the reports being built: with the table by ethnic group, the pass by child unit also groups by the
     *              head's group (one scan instead of two); without the deprivations, it counts no indicators
     */
    ReportData(Repositories repos, ReportScope scope, int year, LocalDate asOf, Progress progress, long steps,
               java.util.Set<ReportKind> kinds) {
        this.repos = repos;
        this.withEthnicity = kinds.contains(ReportKind.ETHNICITY);
        this.withDeprivations = kinds.contains(ReportKind.DEPRIVATIONS);
        this.scope = scope;
        this.year = year;
        this.asOf = asOf;
        this.progress = progress;
        this.steps = steps;
        this.rounds = new StateRounds(repos.rounds().ofCommunes(scope.communes()), asOf);
    }

    ReportScope scope() {
        return scope;
    }

    int year() {
        return year;
    }

    LocalDate asOf() {
        return asOf;
    }

    StateRounds rounds() {
        return rounds;
    }

    /** The indicators of the standard most rounds of the year classify by (none without rounds). */
    List<Indicator> indicators() {
        if (indicators == null) {
            indicators = rounds.standardsIn(year).stream().findFirst()
                    .flatMap(code -> repos.standards().find(code))
                    .map(PovertyStandard::details).map(d -> d.indicators()).orElse(List.of());
        }
        return indicators;
    }

    /** The unit's figures in the year, with the lacking counts of {@link #indicators()}. */
    UnitFigures total() {
        return totalIn(year);
    }

    /** The unit's figures in a year (the trend needs every year). */
    UnitFigures totalIn(int y) {
        if (y == year) {
            childFigures();
        }
        if (!totalsByYear.containsKey(y)) {
            loadTotals(List.of(y));
        }
        return totalsByYear.get(y);
    }

    /**
     * Loads the totals of the years at once where each commune's standing is one round (then a pass grouped by round
     * serves them all), year by year otherwise.
     */
    void loadTotals(List<Integer> years) {
        Map<UUID, Integer> yearOfRound = new LinkedHashMap<>();
        for (int y : years) {
            if (totalsByYear.containsKey(y)) {
                continue;
            }
            ReviewState state = rounds.stateIn(y);
            if (state.chains().stream().allMatch(c -> c.size() == 1)) {
                state.chains().forEach(c -> yearOfRound.put(c.get(0), y));
                totalsByYear.put(y, UnitFigures.zero(0));
            } else {
                UnitFigures sum = UnitFigures.zero(0);
                for (StateGroup g : step("state of a year", () -> repos.reports().stateGroups(state, Grouping.COMMUNE,
                        scope.villageId(), List.of()))) {
                    sum = sum.plus(g);
                }
                totalsByYear.put(y, sum);
            }
        }
        if (!yearOfRound.isEmpty()) {
            step("states of the years by round", () -> repos.reports().stateGroupsByRound(yearOfRound.keySet(),
                    asOf, scope.villageId()))
                    .forEach((round, groups) -> {
                        if (round != null) {
                            int y = yearOfRound.get(round);
                            UnitFigures sum = totalsByYear.get(y);
                            for (StateGroup g : groups) {
                                sum = sum.plus(g);
                            }
                            totalsByYear.put(y, sum);
                        }
                    });
        }
    }

    /**
     * The figures of each child unit in the year, by the child's unit reference. When the build also needs the
     * figures by ethnic group, the same pass groups by the head's group too (one scan instead of two).
     */
    Map<Object, UnitFigures> childFigures() {
        if (byChild == null) {
            List<String> codes = withDeprivations ? indicators().stream().map(Indicator::code).toList() : List.of();
            Grouping grouping = scope.childrenAreVillages() || scope.villageId() != null ? Grouping.VILLAGE
                    : Grouping.COMMUNE;
            List<StateGroup> groups = withEthnicity
                    ? step("state by child and ethnic group", () -> repos.reports().ethnicGroups(
                            rounds.stateIn(year), grouping, scope.villageId(), codes))
                    : step("state by child", () -> repos.reports().stateGroups(rounds.stateIn(year), grouping,
                            scope.villageId(), codes));
            Map<Object, UnitFigures> children = new LinkedHashMap<>();
            scope.children().forEach(c -> children.put(c.unit().ref(), UnitFigures.zero(codes.size())));
            UnitFigures total = UnitFigures.zero(codes.size());
            Map<String, UnitFigures> ethnic = new TreeMap<>();
            for (StateGroup g : groups) {
                total = total.plus(g);
                ReportScope.Child child = childOf(g.key());
                if (child != null) {
                    children.merge(child.unit().ref(), UnitFigures.zero(codes.size()).plus(g), UnitFigures::plus);
                }
                if (withEthnicity) {
                    ethnic.merge(ethnicKey(g), UnitFigures.zero(codes.size()).plus(g), UnitFigures::plus);
                }
            }
            totalsByYear.put(year, total);
            byChild = children;
            if (withEthnicity) {
                byEthnicity = ethnic;
            }
        }
        return byChild;
    }

    /** The movement tables of the unit in the year (from the standing before it to the standing in it). */
    Movement movement() {
        return movementIn(year);
    }

    /** The unit's movement tables in a year. */
    Movement movementIn(int y) {
        return fold(cells(y, true), c -> true, unitLevel());
    }

    /** The unit's poor households that escaped in a year (to near-poor, above), from the "before" side alone. */
    MovementCounts escapesIn(int y) {
        return fold(cells(y, false), c -> true, unitLevel()).poorHouseholds();
    }

    /** The movement tables of each child unit in the year. */
    Map<Object, Movement> childMovements() {
        if (movementByChild == null) {
            Map<Object, List<MovementCell>> byChild = new LinkedHashMap<>();
            scope.children().forEach(c -> byChild.put(c.unit().ref(), new ArrayList<>()));
            for (MovementCell cell : cells(year, true)) {
                ReportScope.Child child = childOf(cell.key());
                if (child != null) {
                    byChild.get(child.unit().ref()).add(cell);
                }
            }
            Predicate<MovementCell> level = scope.childrenAreVillages() ? MovementCell::sameVillage : c -> true;
            Map<Object, Movement> out = new LinkedHashMap<>();
            byChild.forEach((k, cells) -> out.put(k, fold(cells, c -> true, level)));
            movementByChild = out;
        }
        return movementByChild;
    }

    /** The movement tables of the unit's urban and of its rural households in the year. */
    Map<Area, Movement> areaMovements() {
        Map<Area, Movement> out = new LinkedHashMap<>();
        Predicate<MovementCell> level = unitLevel().and(MovementCell::sameArea);
        for (Area area : Area.values()) {
            out.put(area, fold(cells(year, true), c -> c.key().area() == area, level));
        }
        return out;
    }

    /** Whether a household still counts in the unit on the other side: in the village, for a village's report. */
    private Predicate<MovementCell> unitLevel() {
        return scope.villageId() != null ? MovementCell::sameVillage : c -> true;
    }

    /**
     * The tables of the cells {@code which} selects, where a household on the other side counts as still in the group
     * only when {@code stillInGroup} holds (the same village, the same area …); the rules are {@link MovementTally}'s.
     */
    private static Movement fold(List<MovementCell> cells, Predicate<MovementCell> which,
                                 Predicate<MovementCell> stillInGroup) {
        MovementTally tally = new MovementTally();
        for (MovementCell c : cells) {
            if (!which.test(c)) {
                continue;
            }
            PovertyClass other = c.other() != null && stillInGroup.test(c) ? c.other() : null;
            if (c.beforeSide()) {
                tally.before(c.tracked(), other, c.households(), c.persons(), c.personsGained(), c.personsLost());
            } else {
                tally.after(c.tracked(), other, c.everPoorEarlier(), c.everNearPoorEarlier(), c.households(),
                        c.persons());
            }
        }
        return tally.movement();
    }

    /** The figures per ethnic group of the head (code; {@code ""} when the register has no head). */
    Map<String, UnitFigures> ethnicFigures() {
        if (withEthnicity) {
            childFigures();
        }
        if (byEthnicity == null) {
            Map<String, UnitFigures> out = new TreeMap<>();
            for (StateGroup g : step("state by ethnic group", () -> repos.reports().ethnicGroups(
                    rounds.stateIn(year), Grouping.COMMUNE, scope.villageId(), List.of()))) {
                out.merge(ethnicKey(g), UnitFigures.zero(0).plus(g), UnitFigures::plus);
            }
            byEthnicity = out;
        }
        return byEthnicity;
    }

    private static String ethnicKey(StateGroup g) {
        return g.ethnicity() == null ? "" : g.ethnicity();
    }

    /** Support records of the unit dated in the days given (bounded by the "as of" day), grouped. */
    List<SupportGroup> supports(LocalDate from, LocalDate to, SupportDimensionKey dimension) {
        LocalDate until = to.isAfter(asOf) ? asOf : to;
        if (until.isBefore(from)) {
            return List.of();
        }
        return step("supports by " + dimension, () -> repos.reportLists().supports(scope.communes(),
                scope.villageId(), from, until, dimension));
    }

    /** The movement cells of a year (both sides, or the "before" side only), each query run once. */
    private List<MovementCell> cells(int y, boolean bothSides) {
        List<MovementCell> both = cellsByYear.get(y);
        if (both != null) {
            return bothSides ? both : both.stream().filter(MovementCell::beforeSide).toList();
        }
        List<MovementCell> cells = step(bothSides ? "movement" : "escapes", () -> repos.reports().movementCells(
                rounds.stateBefore(y), rounds.stateIn(y), rounds.roundsEarlierThanBefore(y), bothSides,
                scope.villageId()));
        if (bothSides) {
            cellsByYear.put(y, cells);
        }
        return cells;
    }

    /** The child a group belongs to: by village below a commune, by commune otherwise. */
    private ReportScope.Child childOf(GroupKey key) {
        for (ReportScope.Child c : scope.children()) {
            boolean holds = c.villageId() != null ? c.villageId().equals(key.villageId())
                    : c.communes().contains(key.communeCode());
            if (holds) {
                return c;
            }
        }
        return null;
    }

    private <T> T step(String what, java.util.function.Supplier<T> query) {
        progress.checkCancelled();
        long started = System.nanoTime();
        T result = query.get();
        LOG.debug("{} of {} {}: {} ms", what, scope.unit().name(), year, (System.nanoTime() - started) / 1_000_000);
        done++;
        progress.update(Math.min(done, steps), steps);
        return result;
    }

    /** For tests and notes: the commune codes without a round in the year. */
    List<String> communesWithoutReview() {
        List<String> out = new ArrayList<>(scope.communes());
        out.removeAll(rounds.communesReviewedIn(year));
        return out;
    }

    UUID villageId() {
        return scope.villageId();
    }

    /** The village's households in the year with their class before (the posting list). */
    List<ListedHousehold> listed() {
        return step("named lists", () -> repos.reportLists().village(rounds.stateIn(year), rounds.stateBefore(year),
                scope.villageId()));
    }

    /** The first year of the standard the year's rounds classify by (the period a movement report looks back on). */
    int periodStart() {
        return rounds.standardsIn(year).stream().findFirst().flatMap(code -> repos.standards().find(code))
                .map(s -> s.details().firstYear()).orElse(year);
    }

    /** Ethnic groups' names by code. */
    Map<String, String> ethnicNames() {
        Map<String, String> out = new LinkedHashMap<>();
        repos.ethnicGroups().all().forEach(g -> out.put(g.code(), g.name()));
        return out;
    }

    /** Programmes' names by code, in the reader's language. */
    Map<String, String> programmeNames(boolean english) {
        Map<String, String> out = new LinkedHashMap<>();
        repos.catalogue().programmes().forEach(p -> out.put(p.code(), english ? p.nameEn() : p.name()));
        return out;
    }

    /** Support kinds' names by code, in the reader's language. */
    Map<String, String> kindNames(boolean english) {
        Map<String, String> out = new LinkedHashMap<>();
        repos.catalogue().kinds().forEach(k -> out.put(k.code(), english ? k.nameEn() : k.name()));
        return out;
    }
}
