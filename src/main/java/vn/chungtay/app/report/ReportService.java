package vn.chungtay.app.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.text.VietnameseText;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;
import vn.chungtay.store.Store;

/**
 * Builds the reports of issue 6 for any unit — village, commune, district, province — and review year, from the
 * records, by aggregate queries over the reviews and supports (never the households one by one). Built in the
 * caller's thread with progress and cancel: the screen runs it as a background task, the command line directly.
 * Texts are in the language of the {@link Messages} given.
 */
public final class ReportService {

    /** The first review year any shipped standard covers; years before are certainly typing mistakes. */
    static final int FIRST_YEAR = 2016;

    private final Store store;
    private final Clock clock;

    public ReportService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The unit a reference names, with its level and name; a validation error when the register has none. */
    public ReportUnit unit(UnitRef ref) {
        return ReportScope.resolve(store.reading(), ref, today()).unit();
    }

    /** The child units to drill down to: districts (or communes) of a province, communes of a district, villages. */
    public List<ReportUnit> children(UnitRef ref) {
        return ReportScope.resolve(store.reading(), ref, today()).children().stream()
                .map(ReportScope.Child::unit).toList();
    }

    /** The units without a parent in the register (usually the province), to start drilling down from. */
    public List<ReportUnit> roots() {
        UnitTree tree = new UnitTree(store.reading().units().all(), today());
        return tree.roots().stream().map(u -> new ReportUnit(UnitRef.unit(u.code()), ReportLevel.of(u.level()),
                u.name(), "")).toList();
    }

    /** The years the unit has figures for: with a review round, or with support records. */
    public List<Integer> years(UnitRef ref) {
        Repositories repos = store.reading();
        ReportScope scope = ReportScope.resolve(repos, ref, today());
        return List.copyOf(knownYears(repos, scope));
    }

    /** The years the unit has a review round for: the years a screen proposes first (support-only years have no rates). */
    public List<Integer> reviewYears(UnitRef ref) {
        Repositories repos = store.reading();
        ReportScope scope = ReportScope.resolve(repos, ref, today());
        return List.copyOf(new TreeSet<>(new StateRounds(repos.rounds().ofCommunes(scope.communes()), LocalDate.MAX)
                .years()));
    }

    /** Years with a round, and years from the first standard to next year with a support record. */
    private Set<Integer> knownYears(Repositories repos, ReportScope scope) {
        Set<Integer> years = new TreeSet<>(new StateRounds(repos.rounds().ofCommunes(scope.communes()),
                LocalDate.MAX).years());
        for (int y = FIRST_YEAR; y <= today().getYear() + 1; y++) {
            if (!years.contains(y) && hasSupports(repos, scope, y)) {
                years.add(y);
            }
        }
        return years;
    }

    private static boolean hasSupports(Repositories repos, ReportScope scope, int year) {
        return repos.reportLists().hasSupports(scope.communes(), scope.villageId(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    /**
     * The unit a person typed: a unit code ({@code 62}, {@code 610}, {@code 23425}), or a village as
     * {@code COMMUNE/VILLAGE} where VILLAGE is its name (case, diacritics and tone placement ignored) or its id.
     */
    public UnitRef parseUnit(String typed) {
        String text = typed == null ? "" : typed.strip();
        int slash = text.indexOf('/');
        if (slash < 0) {
            UnitRef ref = UnitRef.unit(text);
            unit(ref);
            return ref;
        }
        String commune = text.substring(0, slash).strip();
        String village = text.substring(slash + 1).strip();
        unit(UnitRef.unit(commune));
        String folded = VietnameseText.fold(village);
        List<UUID> matches = new ArrayList<>();
        for (Village v : store.reading().villages().ofCommunes(List.of(commune))) {
            if (v.meta().id().toString().equalsIgnoreCase(village) || VietnameseText.fold(v.name()).equals(folded)) {
                matches.add(v.meta().id());
            }
        }
        if (matches.size() != 1) {
            throw new ValidationException(Violation.of("unit", matches.isEmpty() ? "report.error.village-unknown"
                    : "report.error.village-ambiguous", text));
        }
        return UnitRef.village(commune, matches.get(0));
    }

    /**
     * Builds one report.
     *
     * @throws ValidationException for a posting list of a unit that is not a village, or a year without figures
     */
    public Report build(ReportRequest request, Messages messages, Progress progress) {
        return store.inTransaction(repos -> {
            ReportScope scope = ReportScope.resolve(repos, request.unit(), today());
            check(repos, scope, request.kind(), request.year());
            ReportData data = new ReportData(repos, scope, request.year(), asOf(request), progress,
                    ReportSteps.of(request.kind(), scope), Set.of(request.kind()));
            Report report = builder(request.kind()).build(data, messages, new ReportFrame(messages, today()));
            progress.update(1, 1);
            return report;
        });
    }

    /**
     * Builds every report of a unit for a year at once (all tables and chart data), each aggregate computed once:
     * what a clerk prints for a meeting, and what the performance budget measures. The posting list is included for
     * a village only.
     */
    public List<Report> consolidated(UnitRef unit, int year, LocalDate asOf, Messages messages, Progress progress) {
        return store.inTransaction(repos -> {
            ReportScope scope = ReportScope.resolve(repos, unit, today());
            check(repos, scope, ReportKind.SUMMARY, year);
            List<ReportKind> kinds = new ArrayList<>();
            for (ReportKind kind : ReportKind.values()) {
                if (!kind.villageOnly() || scope.villageId() != null) {
                    kinds.add(kind);
                }
            }
            long steps = kinds.stream().mapToLong(k -> ReportSteps.of(k, scope)).sum();
            ReportData data = new ReportData(repos, scope, year,
                    asOf(new ReportRequest(ReportKind.SUMMARY, unit, year, asOf)), progress, steps, Set.copyOf(kinds));
            ReportFrame frame = new ReportFrame(messages, today());
            List<Report> out = new ArrayList<>();
            for (ReportKind kind : kinds) {
                out.add(builder(kind).build(data, messages, frame));
            }
            progress.update(1, 1);
            return out;
        });
    }

    private void check(Repositories repos, ReportScope scope, ReportKind kind, int year) {
        if (kind.villageOnly() && scope.villageId() == null) {
            throw new ValidationException(Violation.of("unit", "report.error.village-only", scope.unit().name()));
        }
        Set<Integer> roundYears = new StateRounds(repos.rounds().ofCommunes(scope.communes()), LocalDate.MAX).years();
        if (roundYears.contains(year) || hasSupports(repos, scope, year)) {
            return;
        }
        Set<Integer> years = knownYears(repos, scope);
        if (!years.contains(year)) {
            String known = years.isEmpty() ? "—" : years.stream().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("");
            throw new ValidationException(Violation.of("year", "report.error.year", String.valueOf(year),
                    scope.unit().name(), known));
        }
    }

    /** The request's "as of" day, or today: the records as they stand. */
    private LocalDate asOf(ReportRequest request) {
        return request.asOf() != null ? request.asOf() : today();
    }

    private static ReportBuilder builder(ReportKind kind) {
        return switch (kind) {
            case SUMMARY -> SummaryReport::build;
            case MOVEMENT -> MovementTables::build;
            case DEPRIVATIONS -> DeprivationReport::build;
            case ETHNICITY -> EthnicityReport::build;
            case SUPPORT -> SupportReport::build;
            case TREND -> TrendReport::build;
            case POSTING_LIST -> PostingList::build;
            case MOVEMENT_REPORT -> MovementReportText::build;
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Builds one kind of report from the unit's figures. */
    @FunctionalInterface
    interface ReportBuilder {
        Report build(ReportData data, Messages messages, ReportFrame frame);
    }

}
