package vn.chungtay.app.bench;

import java.util.List;
import vn.chungtay.app.bench.BenchContext.CommunePackage;

/**
 * Importing the province as commune packages (all, or the run's sample) into an empty database, beside a plain
 * JDBC batch insert of the same register rows into another empty database; and the peak memory (resident set) of each. Both run in a fresh JVM of
 * their own ({@link ImportChild}), so that neither inherits the other's heap or warmed code.
 */
public final class ImportFigure implements BenchFigure {

    static final Budget TIME_BUDGET = Budget.ratio(1.5);
    static final Budget MEMORY_BUDGET = Budget.atMost(Quantity.megabytes(400));

    @Override
    public String key() {
        return "import";
    }

    @Override
    public Budget budget() {
        return TIME_BUDGET;
    }

    @Override
    public List<BenchRow> measure(BenchContext context) throws Exception {
        List<CommunePackage> packages = context.communePackages();
        context.closeProvince();
        context.listener().step("import", packages.size());
        Line ours = Line.parse(ChildJvm.run(ImportChild.class, context.folder(), "packages",
                context.newEmptyLocation("imported").folder().toString(),
                packages.get(0).file().getParent().toString()));
        context.listener().step("import.raw");
        String communes = packages.size() == context.communes().size() ? "all"
                : String.join(",", packages.stream().map(CommunePackage::commune).toList());
        Line raw = Line.parse(ChildJvm.run(ImportChild.class, context.folder(), "raw",
                context.newEmptyLocation("raw").folder().toString(), context.provinceLocation().folder().toString(),
                communes));
        if (ours.rejected() > 0) {
            return List.of(BenchRow.failed("import", TIME_BUDGET, ours.rejected() + " of " + packages.size()
                    + " packages rejected: " + ours.err()),
                    BenchRow.failed("import.memory", MEMORY_BUDGET, "see import"));
        }
        return List.of(
                BenchRow.of("import", Quantity.millis(ours.millis()), Quantity.millis(raw.millis()), TIME_BUDGET,
                        "import", packages.size(), ours.rows(), raw.rows()),
                BenchRow.of("import.memory", Quantity.kilobytesAsMegabytes(ours.peakKb()),
                        Quantity.kilobytesAsMegabytes(raw.peakKb()), MEMORY_BUDGET, "import.memory"));
    }

    /** The line {@link ImportChild} prints. */
    private record Line(long millis, long rows, int rejected, long peakKb, String err) {

        static Line parse(ChildJvm.Result result) {
            String[] last = result.out().lines().reduce((a, b) -> b).orElse("").split(" ");
            if (result.exitCode() != 0 || last.length != 4) {
                throw new IllegalStateException("the import process failed (exit " + result.exitCode() + "): "
                        + result.err());
            }
            return new Line(Long.parseLong(last[0]), Long.parseLong(last[1]), Integer.parseInt(last[2]),
                    Long.parseLong(last[3]), result.err());
        }
    }
}
