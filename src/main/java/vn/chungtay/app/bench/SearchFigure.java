package vn.chungtay.app.bench;

import java.util.ArrayList;
import java.util.List;
import vn.chungtay.app.household.HouseholdResults;
import vn.chungtay.app.household.HouseholdService;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.HouseholdSearchEntry;
import vn.chungtay.store.bench.RawBaselines;

/**
 * Search as you type over the province: each of 200 varied queries as one keystroke of the household list (the
 * count and the first page) through {@link HouseholdService}, beside one hand-written LIKE query over the stored
 * search text (on every fifth query: it scans the table, seconds a query on a province). The index warm-up the list starts when it opens is timed apart.
 */
public final class SearchFigure implements BenchFigure {

    static final int QUERIES = 200;
    /** Every how many queries the hand-written query runs too: a full scan each, seconds at province scale. */
    static final int RAW_EVERY = 5;
    static final int PAGE = 50;
    static final Budget P95_BUDGET = Budget.atMost(Quantity.millis(50));

    @Override
    public String key() {
        return "search.p95";
    }

    @Override
    public Budget budget() {
        return P95_BUDGET;
    }

    @Override
    public List<BenchRow> measure(BenchContext context) {
        HouseholdService households = context.province().households();
        context.listener().step("search", QUERIES);
        long warmStart = System.nanoTime();
        households.prepareSearch();
        long warmNanos = System.nanoTime() - warmStart;
        List<String> queries = SearchQueries.sample(households, QUERIES + 20, 7);
        List<String> warmUp = queries.subList(QUERIES, queries.size());
        List<String> measured = queries.subList(0, Math.min(QUERIES, queries.size()));

        warmUp.forEach(q -> keystroke(households, q));
        List<Long> ours = new ArrayList<>();
        for (String q : measured) {
            long start = System.nanoTime();
            keystroke(households, q);
            ours.add(System.nanoTime() - start);
        }
        List<Long> raw = new ArrayList<>();
        try (RawBaselines.Searcher searcher = RawBaselines.searcher(context.provinceLocation())) {
            warmUp.subList(0, 2).forEach(q -> searcher.search(HouseholdSearchEntry.terms(q), PAGE));
            for (int i = 0; i < measured.size(); i += RAW_EVERY) {
                long start = System.nanoTime();
                searcher.search(HouseholdSearchEntry.terms(measured.get(i)), PAGE);
                raw.add(System.nanoTime() - start);
            }
        }
        return List.of(
                BenchRow.of("search.warmup", Quantity.nanosAsMillis(warmNanos), null, Budget.NONE,
                        "search.warmup", context.households()),
                BenchRow.of("search.p50", Quantity.nanosAsMillis(Stats.median(ours)),
                        Quantity.nanosAsMillis(Stats.median(raw)), Budget.NONE, "search", measured.size()),
                BenchRow.of("search.p95", Quantity.nanosAsMillis(Stats.percentile(ours, 95)),
                        Quantity.nanosAsMillis(Stats.percentile(raw, 95)), P95_BUDGET, "search", measured.size()));
    }

    /** What the list does after a keystroke: find the matches, count them, read the first page. */
    private static void keystroke(HouseholdService households, String query) {
        HouseholdResults results = households.search(HouseholdFilter.all().withText(query));
        if (results.size() > 0) {
            results.page(0, PAGE);
        }
    }
}
