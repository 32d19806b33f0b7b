package vn.chungtay.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.Indicator;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.SupportEvent;

/**
 * Every figure of every report, at province, district, commune and village level and for every review year, against
 * the tests' own count over the same records ({@link ReportOracle}: loops over the reviews, households and supports,
 * none of the report code).
 */
class ReportFiguresTest {

    private static ReportWorld world;
    private static ReportOracle oracle;
    private static final Messages M = new Messages(Messages.VIETNAMESE);

    @BeforeAll
    static void build() {
        world = new ReportWorld();
        oracle = new ReportOracle(world);
    }

    @AfterAll
    static void close() {
        world.close();
    }

    /** Units of every level, with the years each has. */
    static Stream<Arguments> units() {
        List<Arguments> out = new ArrayList<>();
        for (int year = 2022; year <= 2025; year++) {
            out.add(Arguments.of("province", year));
            out.add(Arguments.of("district", year));
            out.add(Arguments.of("commune", year));
            out.add(Arguments.of("village", year));
        }
        out.add(Arguments.of("new-commune", 2024));
        out.add(Arguments.of("new-commune", 2025));
        out.add(Arguments.of("new-village", 2025));
        return out.stream();
    }

    private static UnitRef ref(String level) {
        return switch (level) {
            case "province" -> UnitRef.unit(ReportWorld.PROVINCE);
            case "district" -> UnitRef.unit(ReportWorld.DISTRICT);
            case "commune" -> UnitRef.unit(ReportWorld.DEMO_COMMUNE);
            case "village" -> UnitRef.village(ReportWorld.DEMO_COMMUNE,
                    world.village(ReportWorld.DEMO_COMMUNE, 1).meta().id());
            case "new-commune" -> UnitRef.unit(ReportWorld.NEW_COMMUNE);
            default -> UnitRef.village(ReportWorld.NEW_COMMUNE, world.village(ReportWorld.NEW_COMMUNE, 1).meta().id());
        };
    }

    /** The communes a unit covers, and which of their reviews belong to it. */
    private static Set<String> communes(UnitRef ref) {
        return oracle.communesUnder(ref.unitCode());
    }

    private static Predicate<HouseholdReview> inUnit(UnitRef ref) {
        return ref.isVillage() ? r -> r.details().villageId().equals(ref.villageId()) : r -> true;
    }

    private static List<HouseholdReview> standing(UnitRef ref, int year) {
        return oracle.standing(communes(ref), year).stream().filter(inUnit(ref)).toList();
    }

    private static Report build(ReportKind kind, UnitRef ref, int year) {
        return world.reports.build(ReportRequest.of(kind, ref, year), M, Progress.NONE);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("units")
    void summaryCountsEveryHousehold(String level, int year) {
        UnitRef ref = ref(level);
        ReportTable table = build(ReportKind.SUMMARY, ref, year).table(SummaryReport.TABLE).orElseThrow();
        for (ReportRow row : table.rows()) {
            UnitRef unit = row.drillDown() != null ? row.drillDown() : ref;
            assertCells(row, 2, oracle.summaryCells(standing(unit, year)), level + " " + row.text(1));
        }
        assertThat(table.rows().get(table.rows().size() - 1).kind()).isEqualTo(RowKind.TOTAL);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("units")
    void movementTablesAreTheCountOfDomainTwoAndBalance(String level, int year) {
        UnitRef ref = ref(level);
        Report report = build(ReportKind.MOVEMENT, ref, year);
        String[] ids = {MovementTables.POOR_HOUSEHOLDS, MovementTables.POOR_PERSONS,
            MovementTables.NEAR_POOR_HOUSEHOLDS, MovementTables.NEAR_POOR_PERSONS};
        for (int t = 0; t < 4; t++) {
            PovertyClass tracked = t < 2 ? PovertyClass.POOR : PovertyClass.NEAR_POOR;
            boolean persons = t % 2 == 1;
            ReportTable table = report.table(ids[t]).orElseThrow();
            for (ReportRow row : table.rows()) {
                UnitRef unit = row.drillDown() != null ? row.drillDown() : ref;
                Predicate<HouseholdReview> in = inUnit(unit);
                if (row.kind() == RowKind.PART) {
                    Area area = row.text(1).equals(M.get("report.row.urban")) ? Area.URBAN : Area.RURAL;
                    in = in.and(r -> r.details().area() == area);
                }
                long[] c = oracle.movement(communes(unit), year, tracked, persons, in);
                List<Object> expected = new ArrayList<>(List.of(c[0], c[1] + c[2] + c[3], c[1], c[2], c[3],
                        c[4] + c[5] + c[6] + c[7], c[4], c[5], c[6], c[7], c[8]));
                if (row.kind() == RowKind.PART) {
                    expected.add(null);
                } else {
                    List<HouseholdReview> all = standing(unit, year);
                    long whole = persons ? ReportOracle.sum(all, r -> true) : all.size();
                    expected.add(whole == 0 ? null : 100.0 * c[8] / whole);
                }
                assertCells(row, 2, expected, level + " " + year + " " + ids[t] + " " + row.text(1));
                assertThat(c[8]).isEqualTo(c[0] - c[1] - c[2] - c[3] + c[4] + c[5] + c[6] + c[7]);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("units")
    void deprivationsCountEachIndicator(String level, int year) {
        UnitRef ref = ref(level);
        ReportTable table = build(ReportKind.DEPRIVATIONS, ref, year).table(DeprivationReport.TABLE).orElseThrow();
        List<HouseholdReview> all = standing(ref, year);
        List<HouseholdReview> poor = all.stream().filter(r -> r.povertyClass() == PovertyClass.POOR).toList();
        List<HouseholdReview> near = all.stream().filter(r -> r.povertyClass() == PovertyClass.NEAR_POOR).toList();
        List<Indicator> indicators = world.store.reading().standards().find("2022-2025").orElseThrow().details()
                .indicators();
        assertThat(table.rows()).hasSize(indicators.size() + 1);
        assertCells(table.rows().get(0), 3, Arrays.asList((long) poor.size(), poor.isEmpty() ? null : 100.0,
                (long) near.size(), near.isEmpty() ? null : 100.0), level + " total");
        for (int i = 0; i < indicators.size(); i++) {
            String code = indicators.get(i).code();
            long p = ReportOracle.count(poor, r -> r.details().lacking().contains(code));
            long n = ReportOracle.count(near, r -> r.details().lacking().contains(code));
            ReportRow row = table.rows().get(i + 1);
            assertThat(row.text(1)).isEqualTo(indicators.get(i).name());
            assertCells(row, 3, Arrays.asList(p, poor.isEmpty() ? null : 100.0 * p / poor.size(), n,
                    near.isEmpty() ? null : 100.0 * n / near.size()), level + " " + code);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("units")
    void ethnicityCountsByTheHeadsGroup(String level, int year) {
        UnitRef ref = ref(level);
        ReportTable table = build(ReportKind.ETHNICITY, ref, year).table(EthnicityReport.TABLE).orElseThrow();
        Map<String, List<HouseholdReview>> byGroup = new TreeMap<>();
        for (HouseholdReview r : standing(ref, year)) {
            byGroup.computeIfAbsent(oracle.headEthnicity(r.householdId()), k -> new ArrayList<>()).add(r);
        }
        assertThat(table.rows()).hasSize(byGroup.size() + 1);
        int i = 0;
        for (Map.Entry<String, List<HouseholdReview>> e : byGroup.entrySet()) {
            ReportRow row = table.rows().get(i++);
            assertThat(row.text(1)).isEqualTo(e.getKey().isEmpty() ? M.get("report.ethnicity.unknown")
                    : oracle.groupName(e.getKey()));
            assertCells(row, 2, ethnicCells(e.getValue()), level + " " + e.getKey());
        }
        assertCells(table.rows().get(i), 2, ethnicCells(standing(ref, year)), level + " total");
    }

    private static List<Object> ethnicCells(List<HouseholdReview> reviews) {
        List<Object> s = oracle.summaryCells(reviews);
        // households, persons; then per class: count, rate, no work capacity, meritorious, female head
        return Arrays.asList(s.get(0), s.get(3), s.get(6), s.get(7), s.get(9), s.get(10), s.get(11), s.get(12),
                s.get(13), s.get(15), s.get(16), s.get(17));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("units")
    void supportSumsEventsHouseholdsAndMoney(String level, int year) {
        UnitRef ref = ref(level);
        Report report = build(ReportKind.SUPPORT, ref, year);
        List<SupportEvent> events = oracle.supports(communes(ref), ref.villageId(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        Map<String, String> programmes = new HashMap<>();
        world.store.reading().catalogue().programmes().forEach(p -> programmes.put(p.code(), p.name()));
        assertSupportTable(report.table(SupportReport.BY_PROGRAMME).orElseThrow(), events,
                e -> programmes.get(e.details().programmeCode()));
        Map<String, String> sources = new HashMap<>();
        for (FundingSource s : FundingSource.values()) {
            sources.put(s.name(), M.get(s.messageKey()));
        }
        assertSupportTable(report.table(SupportReport.BY_SOURCE).orElseThrow(), events,
                e -> sources.get(e.details().source().name()));
        ReportChart chart = report.chart(ChartId.SUPPORT_BY_PROGRAMME).orElseThrow();
        for (int i = 0; i < chart.categories().size(); i++) {
            String name = chart.categories().get(i);
            long vnd = events.stream().filter(e -> name.equals(programmes.get(e.details().programmeCode())))
                    .mapToLong(e -> e.details().amountVnd()).sum();
            assertThat(chart.series().get(0).values().get(i)).isCloseTo(vnd / 1e6, within(1e-9));
        }
    }

    private static void assertSupportTable(ReportTable table, List<SupportEvent> events,
                                          java.util.function.Function<SupportEvent, String> key) {
        Map<String, List<SupportEvent>> groups = events.stream().collect(Collectors.groupingBy(key));
        assertThat(table.rows()).hasSize(groups.size() + 1);
        for (ReportRow row : table.rows()) {
            List<SupportEvent> expected = row.kind() == RowKind.TOTAL ? events
                    : groups.getOrDefault(row.text(1), List.of());
            if (row.kind() == RowKind.DETAIL) {
                assertThat(expected).as(row.text(1)).isNotEmpty();
            }
            assertCells(row, 2, ReportOracle.supportCells(expected), table.id() + " " + row.text(1));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("units")
    void trendFollowsEveryYearUpToTheReports(String level, int year) {
        UnitRef ref = ref(level);
        Report report = build(ReportKind.TREND, ref, year);
        ReportTable table = report.table(TrendReport.TABLE).orElseThrow();
        List<Integer> years = oracle.years(communes(ref)).stream().filter(y -> y <= year).toList();
        assertThat(table.rows()).hasSize(years.size());
        Double previous = null;
        Double previousDtts = null;
        Double first = null;
        Double firstDtts = null;
        for (int i = 0; i < years.size(); i++) {
            List<HouseholdReview> all = standing(ref, years.get(i));
            long poor = ReportOracle.count(all, r -> r.povertyClass() == PovertyClass.POOR);
            long dtts = ReportOracle.count(all, r -> r.details().categories().ethnicMinority());
            long dttsPoor = ReportOracle.count(all, r -> r.povertyClass() == PovertyClass.POOR
                    && r.details().categories().ethnicMinority());
            Double rate = all.isEmpty() ? null : 100.0 * poor / all.size();
            Double dttsRate = dtts == 0 ? null : 100.0 * dttsPoor / dtts;
            assertCells(table.rows().get(i), 0, Arrays.asList((long) years.get(i), (long) all.size(), poor, rate,
                    change(previous, rate), dtts, dttsPoor, dttsRate, change(previousDtts, dttsRate)),
                    level + " " + years.get(i));
            previous = rate;
            previousDtts = dttsRate;
            if (i == 0) {
                first = rate;
                firstDtts = dttsRate;
            }
        }
        ReportTable decrease = report.table(TrendReport.DECREASE).orElseThrow();
        if (!years.isEmpty()) {
            int span = years.get(years.size() - 1) - years.get(0);
            assertCells(decrease.rows().get(0), 1, Arrays.asList((long) years.get(0), first,
                    (long) years.get(years.size() - 1), previous, span == 0 || first == null || previous == null
                            ? null : (first - previous) / span), level + " decrease");
            assertCells(decrease.rows().get(1), 1, Arrays.asList((long) years.get(0), firstDtts,
                    (long) years.get(years.size() - 1), previousDtts, span == 0 || firstDtts == null
                            || previousDtts == null ? null : (firstDtts - previousDtts) / span), level + " dtts");
        }
        ReportChart chart = report.chart(ChartId.TREND).orElseThrow();
        assertThat(chart.categories()).containsExactlyElementsOf(years.stream().map(String::valueOf).toList());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("units")
    void movementReportStatesTheFigures(String level, int year) {
        UnitRef ref = ref(level);
        Report report = build(ReportKind.MOVEMENT_REPORT, ref, year);
        List<HouseholdReview> all = standing(ref, year);
        List<HouseholdReview> poor = all.stream().filter(r -> r.povertyClass() == PovertyClass.POOR).toList();
        long dtts = ReportOracle.count(all, r -> r.details().categories().ethnicMinority());
        long dttsPoor = ReportOracle.count(poor, r -> r.details().categories().ethnicMinority());
        long near = ReportOracle.count(all, r -> r.povertyClass() == PovertyClass.NEAR_POOR);
        List<Integer> years = oracle.years(communes(ref)).stream().filter(y -> y >= 2022 && y <= year).toList();
        long escaped = 0;
        for (int y : years) {
            long[] c = oracle.movement(communes(ref), y, PovertyClass.POOR, false, inUnit(ref));
            escaped += c[1] + c[2];
        }
        List<HouseholdReview> first = standing(ref, years.get(0));
        long firstPoor = ReportOracle.count(first, r -> r.povertyClass() == PovertyClass.POOR);
        ReportTable figures = report.table(MovementReportText.TABLE).orElseThrow();
        Long income = ReportOracle.averageIncome(poor);
        List<List<Object>> expected = List.of(
                List.of((long) all.size()), List.of((long) poor.size()), List.of(dttsPoor), List.of(near),
                List.of(escaped), List.of(firstPoor), Arrays.asList(income));
        for (int i = 0; i < expected.size(); i++) {
            assertCells(figures.rows().get(i), 1, expected.get(i), level + " figure " + i);
        }
        assertThat((Double) figures.rows().get(1).cell(2)).isCloseTo(100.0 * poor.size() / all.size(), within(1e-9));
        assertThat((Double) figures.rows().get(2).cell(2)).isCloseTo(100.0 * dttsPoor / dtts, within(1e-9));
        ReportNumbers n = new ReportNumbers(M.locale());
        assertThat(report.text()).contains(n.count(poor.size()) + " hộ nghèo trên tổng số " + n.count(all.size()))
                .contains(n.percent(100.0 * poor.size() / all.size()) + "%")
                .contains("có " + n.count(escaped) + " hộ thoát nghèo")
                .startsWith("1. ");
        if (income != null) {
            assertThat(report.text()).contains(n.count(income) + " đồng/người/tháng");
        }
        List<SupportEvent> events = oracle.supports(communes(ref), ref.villageId(), LocalDate.of(years.get(0), 1, 1),
                LocalDate.of(year, 12, 31));
        if (!events.isEmpty()) {
            List<Object> total = ReportOracle.supportCells(events);
            assertThat(report.text()).contains(n.count((Long) total.get(0)) + " lượt hỗ trợ đến "
                    + n.count((Long) total.get(1)) + " hộ với tổng kinh phí " + n.millionsShort((Long) total.get(2)));
        }
    }

    @Test
    void postingListsNameTheVillagesHouseholdsByClass() {
        for (UnitRef ref : List.of(ref("village"), ref("new-village"))) {
            for (int year : List.of(2024, 2025)) {
                Report report = build(ReportKind.POSTING_LIST, ref, year);
                List<HouseholdReview> all = standing(ref, year);
                Map<UUID, HouseholdReview> before = new HashMap<>();
                for (String c : communes(ref)) {
                    oracle.stateBefore(c, year).values().stream().filter(inUnit(ref))
                            .forEach(r -> before.put(r.householdId(), r));
                }
                assertPostingList(report.table(PostingList.POOR).orElseThrow(), all.stream()
                        .filter(r -> r.povertyClass() == PovertyClass.POOR).toList());
                assertPostingList(report.table(PostingList.NEAR_POOR).orElseThrow(), all.stream()
                        .filter(r -> r.povertyClass() == PovertyClass.NEAR_POOR).toList());
                assertPostingList(report.table(PostingList.ESCAPED).orElseThrow(), all.stream().filter(r -> {
                    HouseholdReview was = before.get(r.householdId());
                    return was != null && (was.povertyClass() == PovertyClass.POOR
                            && r.povertyClass() != PovertyClass.POOR
                            || was.povertyClass() == PovertyClass.NEAR_POOR && !r.povertyClass().isPoorOrNearPoor());
                }).toList());
                assertThat(report.signers()).extracting(Signer::title)
                        .containsExactly(M.get("report.sign.list-maker"), M.get("report.sign.village-head"));
            }
        }
    }

    private static void assertPostingList(ReportTable table, List<HouseholdReview> expected) {
        List<String> want = expected.stream().map(r -> {
            var h = oracle.household(r.householdId());
            return h.details().number() + "|" + ReportOracle.heads(h).get(0).details().fullName() + "|"
                    + oracle.groupName(oracle.headEthnicity(h.id())) + "|" + r.details().persons();
        }).sorted().toList();
        List<String> got = table.rows().stream().filter(row -> row.kind() == RowKind.DETAIL)
                .map(row -> row.text(2) + "|" + row.text(1) + "|" + row.text(3) + "|" + row.text(4)).sorted()
                .toList();
        assertThat(got).as(table.id()).isEqualTo(want);
        ReportRow total = table.rows().get(table.rows().size() - 1);
        assertThat(total.kind()).isEqualTo(RowKind.TOTAL);
        assertThat(total.number(4)).isEqualTo(ReportOracle.sum(expected, r -> true));
        List<Long> numbers = table.rows().stream().filter(r -> r.kind() == RowKind.DETAIL)
                .map(r -> (Long) r.cell(0)).toList();
        assertThat(numbers).isEqualTo(java.util.stream.LongStream.rangeClosed(1, numbers.size()).boxed().toList());
    }

    @Test
    void everyMovementTableOfEveryUnitAndYearBalances() {
        List<UnitRef> all = new ArrayList<>();
        world.units.forEach(u -> all.add(UnitRef.unit(u.code())));
        world.villages.forEach(v -> all.add(UnitRef.village(v.communeCode(), v.meta().id())));
        int tables = 0;
        for (UnitRef ref : all) {
            List<Integer> years = world.reports.years(ref);
            assertThat(years).as(ref + " has review years").containsAnyOf(2024, 2025);
            for (int year : years) {
                if (year > 2025) {
                    continue;
                }
                Report report = build(ReportKind.MOVEMENT, ref, year);
                for (ReportTable table : report.tables()) {
                    long[] children = new long[11];
                    for (ReportRow row : table.rows()) {
                        long[] c = new long[11];
                        for (int i = 0; i < 11; i++) {
                            c[i] = (Long) row.cell(2 + i);
                        }
                        assertThat(c[10]).as(ref + " " + year + " " + table.id() + " " + row.text(1))
                                .isEqualTo(c[0] - c[1] + c[5]);
                        assertThat(c[1]).isEqualTo(c[2] + c[3] + c[4]);
                        assertThat(c[5]).isEqualTo(c[6] + c[7] + c[8] + c[9]);
                        if (row.kind() == RowKind.DETAIL) {
                            for (int i = 0; i < 11; i++) {
                                children[i] += c[i];
                            }
                        } else if (row.kind() == RowKind.TOTAL && !ref.isVillage()
                                && !ref.unitCode().matches("\\d{5}")) {
                            // Districts and communes hold whole communes, so their rows add up to the total.
                            for (int i = 0; i < 11; i++) {
                                assertThat(children[i]).as(ref + " " + year + " " + table.id()).isEqualTo(c[i]);
                            }
                        }
                    }
                    tables++;
                }
            }
        }
        assertThat(tables).as("four tables a unit and year").isGreaterThanOrEqualTo(all.size() * 2 * 4);
    }

    @Test
    void theCoverageNoteNamesCommunesWithoutAReview() {
        Report report = build(ReportKind.SUMMARY, UnitRef.unit(ReportWorld.PROVINCE), 2023);
        assertThat(report.notes()).singleElement().asString().contains(ReportWorld.NEW_COMMUNE).contains("1/3");
        assertThat(build(ReportKind.SUMMARY, UnitRef.unit(ReportWorld.PROVINCE), 2025).notes()).isEmpty();
    }

    @Test
    void consolidatedHoldsEveryReportWithTheSameFiguresAsEachAlone() {
        UnitRef province = UnitRef.unit(ReportWorld.PROVINCE);
        List<Report> all = world.reports.consolidated(province, 2025, null, M, Progress.NONE);
        assertThat(all).extracting(Report::kind).containsExactly(ReportKind.SUMMARY, ReportKind.MOVEMENT,
                ReportKind.DEPRIVATIONS, ReportKind.ETHNICITY, ReportKind.SUPPORT, ReportKind.TREND,
                ReportKind.MOVEMENT_REPORT);
        for (Report r : all) {
            assertThat(r.tables()).isEqualTo(build(r.kind(), province, 2025).tables());
        }
    }

    private static Double change(Double before, Double now) {
        return before == null || now == null ? null : now - before;
    }

    /** The row's cells from {@code from} on equal the expected values (rates within rounding of doubles). */
    static void assertCells(ReportRow row, int from, List<Object> expected, String what) {
        List<Object> actual = row.cells().subList(from, from + expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Object want = expected.get(i);
            Object got = actual.get(i);
            if (want instanceof Double d && got instanceof Double g) {
                assertThat(g).as(what + " [" + (from + i) + "]").isCloseTo(d, within(1e-9));
            } else {
                assertThat(got).as(what + " [" + (from + i) + "]").isEqualTo(want);
            }
        }
    }
}
