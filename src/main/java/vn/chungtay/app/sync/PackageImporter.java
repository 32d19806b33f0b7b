package vn.chungtay.app.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.identity.Installation;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.sync.ImportCounts;
import vn.chungtay.domain.sync.PackageLogEntry;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;

/**
 * Applies a verified package inside the caller's transaction, so that a failure anywhere (a row that breaks the
 * domain's rules, a record outside the sender's communes, a crash) leaves the database as it was (DESIGN.md import
 * rule 2). A package already imported changes nothing (rule 3); records are merged by {@link RecordApplier} (rule 4);
 * a gap in the sender's series is reported (rule 5).
 */
final class PackageImporter {

    private final Repositories repos;
    private final Clock clock;
    private final Uuids uuids;
    private final ChangeStamp mergeStamp;

    PackageImporter(Repositories repos, Clock clock, Uuids uuids, ChangeStamp mergeStamp) {
        this.repos = repos;
        this.clock = clock;
        this.uuids = uuids;
        this.mergeStamp = mergeStamp;
    }

    ImportReport apply(Path file, PackageReader reader, Manifest m, boolean trustNewSender, Progress progress) {
        if (repos.sync().imported(m.packageId())) {
            long rows = m.entries().stream().mapToLong(Manifest.Entry::rows).sum();
            return new ImportReport(file, ImportReport.Status.ALREADY_IMPORTED, m.sourceName(), m.fingerprint(),
                    m.scope(), m.packageNo(), new ImportCounts(0, 0, (int) rows, 0), null, null, null);
        }
        String senderUnit = trustedUnit(m, trustNewSender);
        Set<String> scope = new HashSet<>(m.scope());
        UnitTree tree = treeWith(reader);
        for (String commune : scope) {
            if (!tree.isWithin(commune, senderUnit)) {
                throw PackageRejectedException.of("sync.reject.scope", commune, m.sourceName(), senderUnit);
            }
        }
        Set<String> path = new HashSet<>();
        scope.forEach(c -> tree.path(c).forEach(u -> path.add(u.code())));
        path.addAll(scope);

        Instant now = clock.instant();
        RecordApplier applier = new RecordApplier(repos, uuids, mergeStamp, m.packageId(), now);
        ValidationContext checks = new ValidationContext(repos, LocalDate.now(clock));
        Set<UUID> touchedHouseholds = new HashSet<>();
        int[] counts = new int[4];
        long total = Math.max(1, m.entries().stream().mapToLong(Manifest.Entry::rows).sum());
        long[] done = {0};
        for (SyncType<?> type : SyncTypes.ALL) {
            if (m.entries().stream().noneMatch(e -> e.name().equals(type.entry()))) {
                continue;
            }
            applyEntry(reader, type, scope, path, applier, checks, touchedHouseholds, counts, done, total, progress);
            applier.flush();
            if (type == SyncTypes.PROGRAMMES || type == SyncTypes.KINDS) {
                checks.catalogueChanged();
            }
        }
        repos.households().refreshDerived(touchedHouseholds);
        ImportReport.Gap gap = gap(m);
        ImportCounts result = new ImportCounts(counts[0], counts[1], counts[2], counts[3]);
        repos.sync().logImport(new PackageLogEntry(m.packageId(), m.sourceInstallation(), m.sourceName(), m.scopeKey(),
                m.packageNo(), m.full(), m.seqFrom(), m.seqTo(), now, result));
        return new ImportReport(file, ImportReport.Status.IMPORTED, m.sourceName(), m.fingerprint(), m.scope(),
                m.packageNo(), result, gap, null, null);
    }

    /** One checked line waiting for its chunk to be applied. */
    private record Checked<T>(int number, String text, T record) {
    }

    private static final int CHUNK = 1000;

    private <T> void applyEntry(PackageReader reader, SyncType<T> type, Set<String> scope, Set<String> path,
                                RecordApplier applier, ValidationContext checks, Set<UUID> touched, int[] counts,
                                long[] done, long total, Progress progress) {
        List<Checked<T>> chunk = new ArrayList<>(CHUNK);
        reader.forEachLine(type.entry(), (number, text) -> {
            chunk.add(new Checked<>(number, text, checked(type, number, text, scope, path, checks)));
            if (chunk.size() >= CHUNK) {
                applyChunk(type, chunk, applier, touched, counts, done, total, progress);
            }
        });
        applyChunk(type, chunk, applier, touched, counts, done, total, progress);
    }

    /** The line as a record that passed every check, or the rejection naming entry, line and field. */
    private <T> T checked(SyncType<T> type, int number, String text, Set<String> scope, Set<String> path,
                          ValidationContext checks) {
        T record;
        try {
            record = Lines.record(type, Lines.parse(text));
        } catch (LineException e) {
            throw PackageRejectedException.of("sync.reject.line", type.entry(), number, e.field(), e.messageKey());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw PackageRejectedException.of("sync.reject.line", type.entry(), number, "", "sync.line.value");
        }
        var meta = type.meta(record);
        if (type.communeOwned() && !scope.contains(meta.ownerUnit())) {
            throw PackageRejectedException.of("sync.reject.line", type.entry(), number, "owner",
                    "sync.line.outside-scope");
        }
        if (type == SyncTypes.UNITS && !path.contains(((AdminUnit) record).code())) {
            throw PackageRejectedException.of("sync.reject.line", type.entry(), number, "code",
                    "sync.line.outside-scope");
        }
        if (!meta.deleted()) {
            List<Violation> violations = type.violations(record, checks);
            if (!violations.isEmpty()) {
                Violation v = violations.get(0);
                throw PackageRejectedException.of("sync.reject.row", type.entry(), number, v.field(),
                        v.messageKey(), v.args());
            }
        }
        return record;
    }

    /** Applies checked lines, their stored versions read in one query rather than one per line. */
    private <T> void applyChunk(SyncType<T> type, List<Checked<T>> chunk, RecordApplier applier, Set<UUID> touched,
                                int[] counts, long[] done, long total, Progress progress) {
        if (chunk.isEmpty()) {
            return;
        }
        Map<UUID, T> stored = new HashMap<>();
        for (T r : type.findAll(repos, chunk.stream().map(c -> type.meta(c.record()).id()).toList())) {
            stored.put(type.meta(r).id(), r);
        }
        for (Checked<T> c : chunk) {
            T record = c.record();
            switch (applier.apply(type, record, c.text(), Optional.ofNullable(stored.get(type.meta(record).id())))) {
                case ADDED -> counts[0]++;
                case UPDATED -> counts[1]++;
                case UNCHANGED -> counts[2]++;
                case CONFLICT -> counts[3]++;
            }
            if (record instanceof Household h) {
                touched.add(h.id());
            } else if (record instanceof Member mem) {
                touched.add(mem.householdId());
            }
            if (++done[0] % 500 == 0) {
                progress.checkCancelled();
                progress.update(done[0], total);
            }
        }
        chunk.clear();
    }

    /** The unit the sender may send records of: stored when it was trusted; new senders only when asked to. */
    private String trustedUnit(Manifest m, boolean trustNewSender) {
        Optional<Installation> known = repos.installations().find(m.sourceInstallation());
        if (known.isPresent()) {
            if (!java.util.Arrays.equals(known.get().publicKey(), m.publicKey())) {
                throw PackageRejectedException.of("sync.reject.wrong-key", m.sourceName(), m.fingerprint());
            }
            if (known.get().local()) {
                return m.sourceUnit();
            }
            return repos.installations().trustedUnit(m.sourceInstallation()).orElse(m.sourceUnit());
        }
        if (!trustNewSender) {
            throw PackageRejectedException.of("sync.reject.untrusted", m.sourceName(), m.sourceUnit(),
                    m.fingerprint());
        }
        repos.installations().trust(new Installation(m.sourceInstallation(), m.sourceName(), m.publicKey(), null,
                false, clock.instant(), clock.instant()), m.sourceUnit());
        return m.sourceUnit();
    }

    /** The local hierarchy, completed with the units the package carries (an empty database knows none). */
    private UnitTree treeWith(PackageReader reader) {
        List<AdminUnit> units = new ArrayList<>(repos.units().all());
        Set<String> known = new HashSet<>();
        units.forEach(u -> known.add(u.code()));
        reader.forEachLine(SyncTypes.UNITS.entry(), (number, text) -> {
            try {
                AdminUnit u = Lines.record(SyncTypes.UNITS, Lines.parse(text));
                if (!known.contains(u.code()) && !u.meta().deleted()) {
                    units.add(u);
                }
            } catch (LineException | IllegalArgumentException e) {
                throw PackageRejectedException.of("sync.reject.line", SyncTypes.UNITS.entry(), number, "",
                        "sync.line.value");
            }
        });
        return new UnitTree(units, LocalDate.now(clock));
    }

    /** The packages of this sender and scope missing before this one, if any. */
    private ImportReport.Gap gap(Manifest m) {
        if (m.full()) {
            return null;
        }
        var last = repos.sync().furthestImport(m.sourceInstallation(), m.scopeKey());
        if (last.isEmpty()) {
            // The first package received from this sender is a change package: everything before it is missing.
            return new ImportReport.Gap(1, m.packageNo() - 1, 1, m.seqFrom());
        }
        return last.filter(l -> m.seqFrom() > l.seqTo())
                .map(l -> new ImportReport.Gap(l.packageNo() + 1, m.packageNo() - 1, l.seqTo() + 1, m.seqFrom()))
                .orElse(null);
    }
}
