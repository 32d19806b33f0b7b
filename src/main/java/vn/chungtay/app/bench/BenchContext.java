package vn.chungtay.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.store.DbLocation;

/**
 * What the figures share: the province database built once for the run (opened when a figure asks for it, closed
 * when a figure needs its file to itself), fresh empty databases, and the province's commune packages, exported
 * once and reused by every figure that needs them.
 */
public final class BenchContext implements AutoCloseable {

    /** Where a file of one commune's package went and how long writing it took. */
    public record CommunePackage(String commune, Path file, long nanos, long rows) {
    }

    private final Path folder;
    private final int households;
    private final Clock clock;
    private final BenchListener listener;
    private final DbLocation provinceLocation;
    private final int sampleCommunes;
    private AppServices province;
    private List<CommunePackage> packages;
    private List<String> communes;
    private int emptyDatabases;

    BenchContext(Path folder, int households, int sampleCommunes, Clock clock, BenchListener listener) {
        this.folder = folder;
        this.sampleCommunes = sampleCommunes;
        this.households = households;
        this.clock = clock;
        this.listener = listener;
        this.provinceLocation = DbLocation.folder(folder.resolve("province"));
    }

    public Path folder() {
        return folder;
    }

    /** The number of households the province was built with. */
    public int households() {
        return households;
    }

    public Clock clock() {
        return clock;
    }

    public BenchListener listener() {
        return listener;
    }

    public DbLocation provinceLocation() {
        return provinceLocation;
    }

    /** The province's services, opening its database when closed. */
    public AppServices province() {
        if (province == null) {
            province = AppServices.open(provinceLocation, clock);
        }
        return province;
    }

    /** Closes the province's database, so that another process may open its file. */
    public void closeProvince() {
        if (province != null) {
            province.close();
            province = null;
        }
    }

    /** A location for a new, empty database inside the run's folder (created when first opened). */
    public DbLocation newEmptyLocation(String name) {
        return DbLocation.folder(folder.resolve(name + "-" + (++emptyDatabases)));
    }

    /** The province's communes in code order. */
    public List<String> communes() {
        if (communes == null) {
            communes = province().units().tree().all().stream().filter(u -> u.level() == UnitLevel.COMMUNE)
                    .map(AdminUnit::code).sorted().toList();
        }
        return communes;
    }

    /**
     * The communes the export and import figures work on: every commune, or when the run asked for a sample (the
     * sync code is too slow for a whole province on a small machine), that many spread evenly over the code order.
     */
    public List<String> sampledCommunes() {
        List<String> all = communes();
        if (sampleCommunes <= 0 || sampleCommunes >= all.size()) {
            return all;
        }
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < sampleCommunes; i++) {
            sample.add(all.get((int) ((i + 0.5) * all.size() / sampleCommunes)));
        }
        return sample;
    }

    /** The unit above every commune, as a province clerk would export and import. */
    public Actor provinceActor() {
        String top = province().units().tree().roots().get(0).code();
        return province().identity().systemActor("bench", top);
    }

    /** A full package per (sampled) commune of the province, written once (each write timed) and kept for the run. */
    public List<CommunePackage> communePackages() {
        if (packages == null) {
            Path dir = folder.resolve("packages");
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> communes = sampledCommunes();
            listener.step("packages", communes.size());
            Actor actor = provinceActor();
            List<CommunePackage> written = new ArrayList<>();
            for (int i = 0; i < communes.size(); i++) {
                String commune = communes.get(i);
                Path file = dir.resolve(commune + ".ctsync");
                long start = System.nanoTime();
                var result = province().sync().export(actor, Set.of(commune), true, file,
                        vn.chungtay.app.work.Progress.NONE);
                written.add(new CommunePackage(commune, file, System.nanoTime() - start, result.rows()));
                listener.progress().update(i + 1, communes.size());
            }
            packages = List.copyOf(written);
        }
        return packages;
    }

    @Override
    public void close() {
        closeProvince();
    }
}
