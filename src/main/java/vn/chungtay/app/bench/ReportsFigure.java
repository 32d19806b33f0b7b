package vn.chungtay.app.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.report.ReportService;
import vn.chungtay.app.report.UnitRef;
import vn.chungtay.app.work.Progress;
import vn.chungtay.store.bench.RawReportAggregate;

/**
 * The consolidated report of the province for its latest review year (every table and chart's data, as printed for a
 * meeting), warm: the median of {@link #RUNS} builds after one unmeasured build, beside the median of as many runs
 * of one hand-written aggregate over the same year's reviews. Each build asks for the state on another day, so that
 * nothing of an earlier build can be reused.
 */
public final class ReportsFigure implements BenchFigure {

    static final int RUNS = 3;
    static final Budget BUDGET = Budget.atMost(Quantity.millis(1000)).andRatio(1.5);

    @Override
    public String key() {
        return "reports";
    }

    @Override
    public Budget budget() {
        return BUDGET;
    }

    @Override
    public List<BenchRow> measure(BenchContext context) {
        ReportService reports = context.province().reports();
        UnitRef province = UnitRef.unit(context.province().units().tree().roots().get(0).code());
        int year = reports.reviewYears(province).stream().max(Integer::compare)
                .orElseThrow(() -> new IllegalStateException("the province has no review year"));
        Messages messages = new Messages(Messages.VIETNAMESE);
        context.listener().step("reports", RUNS + 1);
        LocalDate asOf = LocalDate.of(year + 1, 6, 30);
        reports.consolidated(province, year, asOf, messages, Progress.NONE);
        List<Long> ours = new ArrayList<>();
        int tables = 0;
        for (int i = 1; i <= RUNS; i++) {
            long start = System.nanoTime();
            tables = reports.consolidated(province, year, asOf.plusDays(i), messages, Progress.NONE).size();
            ours.add(System.nanoTime() - start);
            context.listener().progress().update(i + 1, RUNS + 1);
        }
        List<Long> raw = new ArrayList<>();
        try (RawReportAggregate aggregate = RawReportAggregate.open(context.provinceLocation())) {
            aggregate.run(year, asOf);
            for (int i = 1; i <= RUNS; i++) {
                long start = System.nanoTime();
                aggregate.run(year, asOf.plusDays(i));
                raw.add(System.nanoTime() - start);
            }
        }
        return List.of(BenchRow.of("reports", Quantity.nanosAsMillis(Stats.median(ours)),
                Quantity.nanosAsMillis(Stats.median(raw)), BUDGET, "reports", tables, year));
    }
}
