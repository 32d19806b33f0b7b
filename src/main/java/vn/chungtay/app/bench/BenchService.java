package vn.chungtay.app.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.demo.DemoService.DemoResult;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.store.DbLocation;

/**
 * {@code bench}: builds a province as {@code demo} does, then measures each figure beside its raw baseline in the
 * same run. A figure that fails becomes a row carrying its error, and the others still run.
 */
public final class BenchService {

    /** The figures in the order they run: those reading the open province first, the import (which closes it) last. */
    public static List<BenchFigure> standardFigures() {
        return List.of(new SearchFigure(), new ReportsFigure(), new ExportFigure(), new ImportFigure());
    }

    /** What a run built and measured. */
    public record BenchRun(int households, int members, long reviews, long supports, long buildMillis,
                           int communes, int sampledCommunes, List<BenchRow> rows) {
    }

    private final Clock clock;

    public BenchService(Clock clock) {
        this.clock = clock;
    }

    /**
     * Builds a province of {@code households} in {@code folder} (which must be empty) and runs the figures; the
     * export and import figures work on {@code sampleCommunes} communes of it, or all when 0.
     */
    public BenchRun run(int households, long seed, int sampleCommunes, Path folder, List<BenchFigure> figures,
                        BenchListener listener) {
        listener.step("province", households);
        long start = System.nanoTime();
        DemoResult demo;
        AppServices province = AppServices.open(DbLocation.folder(folder.resolve("province")), clock);
        try {
            demo = province.demo().generate(households, seed, listener.progress());
        } catch (RuntimeException e) {
            province.close();
            throw e;
        }
        province.closeCompacting();
        return measure(demo, (System.nanoTime() - start) / 1_000_000, sampleCommunes, folder, figures, listener);
    }

    /**
     * Runs the figures on the province an earlier run built and kept in {@code folder} ({@code --work}), without
     * building it again; the figures' own files of that run must have been removed.
     */
    public BenchRun rerun(int sampleCommunes, Path folder, List<BenchFigure> figures, BenchListener listener) {
        int households;
        try (AppServices province = AppServices.open(DbLocation.folder(folder.resolve("province")), clock)) {
            households = province.households().search(HouseholdFilter.all()).size();
        }
        DemoResult demo = new DemoResult(1, 0, 0, 0, households, 0, 0, 0, 0);
        return measure(demo, 0, sampleCommunes, folder, figures, listener);
    }

    private BenchRun measure(DemoResult demo, long buildMillis, int sampleCommunes, Path folder,
                             List<BenchFigure> figures, BenchListener listener) {
        int households = demo.households();
        List<BenchRow> rows = new ArrayList<>();
        int sampled;
        int communes;
        try (BenchContext context = new BenchContext(folder, households, sampleCommunes, clock, listener)) {
            for (BenchFigure figure : figures) {
                try {
                    rows.addAll(figure.measure(context));
                } catch (Exception | OutOfMemoryError e) {
                    rows.add(BenchRow.failed(figure.key(), figure.budget(), stackTrace(e)));
                }
                listener.rows(rows);
            }
            sampled = context.sampledCommunes().size();
            communes = context.communes().size();
        }
        return new BenchRun(demo.households(), demo.members(), demo.reviews(), demo.supports(), buildMillis,
                communes, sampled, rows);
    }

    private static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
