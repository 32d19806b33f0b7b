package vn.chungtay.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.chungtay.app.bench.BenchContext.CommunePackage;
import vn.chungtay.store.bench.RawBaselines;

/**
 * Exporting one commune: the median over the communes of the province (all, or the run's sample) of writing its
 * full sync package (about
 * 1,300 households at province scale), beside the raw work under it — reading the same commune's rows with JDBC and
 * writing them compressed, without package format, revisions or signature.
 */
public final class ExportFigure implements BenchFigure {

    static final Budget BUDGET = Budget.atMost(Quantity.millis(1000));

    @Override
    public String key() {
        return "export";
    }

    @Override
    public Budget budget() {
        return BUDGET;
    }

    @Override
    public List<BenchRow> measure(BenchContext context) {
        List<CommunePackage> packages = context.communePackages();
        context.listener().step("export", packages.size());
        List<Long> ours = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        long rows = 0;
        Path dumps = context.folder().resolve("raw-dumps");
        dumps.toFile().mkdirs();
        for (CommunePackage p : packages) {
            ours.add(p.nanos());
            rows += p.rows();
            long start = System.nanoTime();
            RawBaselines.dumpCommune(context.provinceLocation(), p.commune(), dumps.resolve(p.commune() + ".zip"));
            raw.add(System.nanoTime() - start);
        }
        long households = context.households() / context.communes().size();
        long slowest = ours.stream().mapToLong(Long::longValue).max().orElse(0);
        return List.of(BenchRow.of("export", Quantity.nanosAsMillis(Stats.median(ours)),
                Quantity.nanosAsMillis(Stats.median(raw)), BUDGET, "export", packages.size(),
                rows / packages.size(), households, Math.round(slowest / 1e6)));
    }
}
